// Which desktop Limber runs on, as far as it changes what the app can promise. Pure: main passes in
// the environment and Electron's switches, tests pass in any desktop they like.
import type { PlatformCapabilities } from '../base/common/platform-capabilities';
import { offersWayland } from '../base/common/wayland';

export interface SessionFacts {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** Electron's `--ozone-platform` switch ('' when absent). */
  ozonePlatform: string;
  /** Electron's `--ozone-platform-hint` switch ('' when absent). */
  ozonePlatformHint?: string;
}

/**
 * Whether Electron draws through Wayland. An explicit `--ozone-platform` wins; otherwise Electron
 * (38+, hint `auto` by default) picks Wayland when the session offers it: a `WAYLAND_DISPLAY`, or
 * `XDG_SESSION_TYPE=wayland`. A hint of `x11` keeps it on XWayland.
 */
export function isWaylandSession({ platform, env, ozonePlatform, ozonePlatformHint = '' }: SessionFacts): boolean {
  if (!isFreedesktop(platform)) return false;
  const forced = ozonePlatform.trim().toLowerCase();
  if (forced === 'wayland') return true;
  if (forced !== '') return false;
  if (ozonePlatformHint.trim().toLowerCase() === 'x11') return false;
  return offersWayland(env);
}

/** What the settings may promise on this desktop. */
export function platformCapabilities(facts: SessionFacts): PlatformCapabilities {
  const wayland = isWaylandSession(facts);
  return { wayland, shortcutsGuaranteed: !wayland, reminderWindowFloats: !wayland };
}

/** Linux and the BSDs: the freedesktop.org world (XDG autostart, D-Bus, StatusNotifierItem). */
export function isFreedesktop(platform: NodeJS.Platform): boolean {
  return platform === 'linux' || platform === 'freebsd' || platform === 'openbsd' || platform === 'netbsd';
}
