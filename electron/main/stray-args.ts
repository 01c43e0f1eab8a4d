// Arguments the desktop adds to a GUI launch that are not Limber's: a file dropped on the launcher
// or passed by a file manager (a path or a file:// URL), Windows' `-Embedding` when a toast starts
// the app through COM, macOS's old `-psn_…`. A GUI launch has no terminal to read an error on, so
// these are set aside (and logged) instead of ending the launch with "Unexpected …" nobody sees.
// Limber's own values (30m, on, sciatica-relief) never hold a slash or start with one dash.

const STRAY = [/^-(?!-|h$)/, /[\\/]/, /^[a-z][a-z0-9+.-]*:/i];

export function splitStrayArgs(args: readonly string[]): { args: string[]; stray: string[] } {
  const kept: string[] = [];
  const stray: string[] = [];
  for (const arg of args) {
    // --option=value keeps whatever its value holds; the option's own parser judges it.
    if (!arg.startsWith('--') && STRAY.some((pattern) => pattern.test(arg))) stray.push(arg);
    else kept.push(arg);
  }
  return { args: kept, stray };
}
