/**
 * The arithmetic that puts a cue on the audio clock. Cue times come from the session on the
 * performance.now() timeline; the audio hardware keeps its own clock (AudioContext.currentTime).
 * Scheduling a tone on the audio clock ahead of its moment makes it sound on time even when the
 * window is hidden and its timers run up to a second late. Pure, so it is tested without audio.
 */

/** One reading of both clocks at the same instant (AudioContext.getOutputTimestamp()). */
export interface ClockStamp {
  /** Seconds, audio clock. */
  contextTime: number;
  /** Milliseconds, performance.now() timeline. */
  performanceTime: number;
}

/** A cue later than this when first seen is left out: the moment is gone (e.g. after a sleep). */
export const STALE_MS = 1500;

export interface PlannedTone<T> {
  key: string;
  tone: T;
  /** The cue's moment, performance timeline. */
  at: number;
  /** When to start it, in audio-clock seconds. */
  when: number;
}

/** The audio-clock time of a moment on the performance timeline. */
export function audioTimeFor(at: number, stamp: ClockStamp): number {
  return stamp.contextTime + (at - stamp.performanceTime) / 1000;
}

/**
 * Which tones to schedule and when: each cue once (by key), never in the audio clock's past
 * (a slightly late one sounds at once), and stale ones not at all.
 */
export function planTones<T extends string>(
  cues: ReadonlyArray<{ at: number; tone: T }>,
  stamp: ClockStamp,
  perfNow: number,
  audioNow: number,
  scheduled: ReadonlySet<string>,
): Array<PlannedTone<T>> {
  const plan: Array<PlannedTone<T>> = [];
  for (const cue of cues) {
    const key = `${cue.at}:${cue.tone}`;
    if (scheduled.has(key) || plan.some((p) => p.key === key) || perfNow - cue.at > STALE_MS) continue;
    plan.push({ key, tone: cue.tone, at: cue.at, when: Math.max(audioNow, audioTimeFor(cue.at, stamp)) });
  }
  return plan;
}

/** A reading older than this (or from another timeline) is not trusted. */
const FRESH_MS = 1000;

/** A usable stamp: the context's own when it has a fresh one, else both clocks read now. */
export function chooseStamp(reported: Partial<ClockStamp> | null, contextNow: number, perfNow: number): ClockStamp {
  if (
    reported &&
    typeof reported.contextTime === 'number' &&
    typeof reported.performanceTime === 'number' &&
    reported.performanceTime > 0 &&
    Math.abs(perfNow - reported.performanceTime) < FRESH_MS
  ) {
    return { contextTime: reported.contextTime, performanceTime: reported.performanceTime };
  }
  return { contextTime: contextNow, performanceTime: perfNow };
}

/** One line of speech, keyed like a tone by its moment and words, so it is said once. */
export interface SpeechLine {
  key: string;
  text: string;
  /** The line's moment, performance timeline. */
  at: number;
}

/** The lines said at one moment, and the audio-clock time whose event says them. */
export interface PlannedSpeech {
  at: number;
  when: number;
  lines: SpeechLine[];
}

export const speechKey = (cue: { at: number; text: string }) => `${cue.at}:say:${cue.text}`;

/**
 * Which spoken cues to say now and which to hand to the audio clock. Speech cannot be scheduled
 * on the audio clock itself, but an audio-clock event can say it: the event is sent by the audio
 * thread, which a hidden window does not slow down, where its timers wake up to a second late.
 * - A line due by `perfNow` and not said yet is said now, whoever gets there first (the tick or
 *   the clock's event); a stale one (missed by more than STALE_MS, e.g. over a sleep) never.
 * - A later line is planned once (unless `clock` is null: no audio engine, so it is said when a
 *   tick finds it due), grouped with the other lines of its moment so they are said in order.
 */
export function planSpeech(
  cues: ReadonlyArray<{ at: number; text: string }>,
  perfNow: number,
  clock: { stamp: ClockStamp; audioNow: number } | null,
  said: ReadonlySet<string>,
  scheduled: ReadonlySet<string>,
): { now: SpeechLine[]; ahead: PlannedSpeech[] } {
  const now: SpeechLine[] = [];
  const ahead: PlannedSpeech[] = [];
  const seen = new Set<string>();
  for (const cue of cues) {
    const key = speechKey(cue);
    if (said.has(key) || seen.has(key) || perfNow - cue.at > STALE_MS) continue;
    seen.add(key);
    const line = { key, text: cue.text, at: cue.at };
    if (cue.at <= perfNow) now.push(line);
    else if (clock && !scheduled.has(key)) {
      const moment = ahead.find((p) => p.at === cue.at);
      if (moment) moment.lines.push(line);
      else ahead.push({ at: cue.at, when: Math.max(clock.audioNow, audioTimeFor(cue.at, clock.stamp)), lines: [line] });
    }
  }
  return { now, ahead };
}
