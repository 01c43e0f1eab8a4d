/**
 * Whether the desktop session offers Wayland, from its environment: a `WAYLAND_DISPLAY`, or
 * `XDG_SESSION_TYPE=wayland`. The one place this is read: presence (an X11 client cannot see other
 * apps' windows there) and the window's platform (Electron draws through Wayland unless told not to).
 */
export function offersWayland(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env['WAYLAND_DISPLAY']) || env['XDG_SESSION_TYPE']?.toLowerCase() === 'wayland';
}
