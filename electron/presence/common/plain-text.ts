// Text that comes from other programs (a process name, a window's class, an audio client's
// application.name, a helper's complaint) is the other program's choice: it may carry newlines,
// terminal escapes, right-to-left overrides or megabytes. Before it reaches the Settings card or
// the log it becomes one plain line of bounded length. (The page escapes it anyway, so no script
// runs; this is about a forged second line in the log and a reason that reads as something else.)

/** The longest reason shown or logged, in characters. */
export const MAX_REASON_CHARS = 200;

// C0 and C1 controls and DEL, line and paragraph separators, bidirectional overrides and isolates,
// zero-width characters and the byte-order mark.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]+/g;

/** One plain line: unsafe characters become a space, runs of spaces one, at most `max` characters. */
export function plainText(text: string, max = MAX_REASON_CHARS): string {
  const line = text.slice(0, max * 4).replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
