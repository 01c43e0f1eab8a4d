// Where the X server named by DISPLAY listens, as Xlib reads it: ":N" or ":N.S" (and "unix:N") is
// the local socket /tmp/.X11-unix/XN, "host:N" is TCP port 6000 + N on that host, and a DISPLAY that
// starts with "/" (XQuartz's launchd socket) is itself the socket's path.

export type DisplayAddress =
  | { kind: 'unix'; path: string; displayNumber: number; screen: number }
  | { kind: 'tcp'; host: string; port: number; displayNumber: number; screen: number };

/** X11's TCP ports start here: display N listens on 6000 + N. */
export const X_TCP_PORT_BASE = 6000;

/** DISPLAY → where to connect; throws one sentence saying what is wrong with it. */
export function parseDisplay(display: string | undefined): DisplayAddress {
  const match = /^(.*):(\d+)(?:\.(\d+))?$/.exec(display ?? '');
  if (!match) throw new Error(`DISPLAY "${display ?? ''}" is not of the form [host]:display[.screen]`);
  const [, host = '', number = '0', screen = '0'] = match;
  const displayNumber = Number(number);
  const common = { displayNumber, screen: Number(screen) };
  if (host.startsWith('/')) return { kind: 'unix', path: `${host}:${number}`, ...common };
  if (host === '' || host === 'unix') return { kind: 'unix', path: `/tmp/.X11-unix/X${number}`, ...common };
  // "[::1]:0" is how some tools write an IPv6 host; Xlib itself writes "::1:0", which the regex handles.
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  return { kind: 'tcp', host: bare, port: X_TCP_PORT_BASE + displayNumber, ...common };
}
