// Which presence probes run on this platform and desktop. Everything a platform cannot give still
// gets a probe that answers "unknown" with the reason (unavailable.ts), so docs/presence.md, the
// settings screen and the log all tell the same story.
import type { PresenceProbe } from '../../ports/presence';
import type { CommandRunner } from './command';
import type { HelperSpawner } from './helper-process';
import { linuxCameraProbe } from './linux-camera';
import { gnomeDndProbe, kdeDndProbe } from './linux-dnd';
import { linuxFullscreenProbe } from './linux-fullscreen';
import { linuxMicrophoneProbe } from './linux-microphone';
import { meetingAppsProbe } from './meeting-apps';
import type { OwnStreams } from './pulse-streams';
import { unavailableProbe } from './unavailable';
import { windowsCapabilityProbe } from './windows-capability';
import { windowsNotificationStateProbe } from './windows-notification-state';
import { offersWayland } from '../../base/common/wayland';

export interface ChooseOptions {
  /** Replaces the process runner (the bench counts spawns with it). */
  run?: CommandRunner;
  /** Replaces how long-lived watchers are started (the bench counts those too). */
  spawn?: HelperSpawner;
  /** Limber's own recording streams, never a call. */
  own?: OwnStreams;
}

const MACOS_NATIVE_ONLY =
  'macOS tells other apps this only through native CoreAudio/CoreMediaIO calls, which Limber does not ship a helper for';

/** A Wayland session: the X11 probes cannot see other apps' windows there. */
export const isWayland = (env: NodeJS.ProcessEnv): boolean => offersWayland(env);

/** XDG_CURRENT_DESKTOP ("ubuntu:GNOME", "KDE") → lower-case names. */
function desktops(env: NodeJS.ProcessEnv): string[] {
  return (env.XDG_CURRENT_DESKTOP ?? '')
    .split(':')
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
}

function unixDndProbe(env: NodeJS.ProcessEnv, { run, spawn }: ChooseOptions): PresenceProbe {
  const names = desktops(env);
  if (names.includes('kde')) return kdeDndProbe({ env, run, spawn });
  if (names.some((d) => ['gnome', 'unity', 'ubuntu', 'gnome-classic'].includes(d)))
    return gnomeDndProbe({ env, run, spawn });
  return unavailableProbe(
    'dnd',
    names.length
      ? `this desktop (${names.join(':')}) keeps do-not-disturb where other apps cannot read it`
      : 'Limber cannot tell which desktop this is (XDG_CURRENT_DESKTOP is not set), so it cannot read its do-not-disturb',
  );
}

function unixFullscreenProbe(env: NodeJS.ProcessEnv): PresenceProbe {
  if (isWayland(env))
    return unavailableProbe('fullscreen', 'on Wayland an app cannot see whether another window is full screen');
  if (!env.DISPLAY) return unavailableProbe('fullscreen', 'no X11 display (DISPLAY is not set)');
  return linuxFullscreenProbe({ env });
}

export function choosePresenceProbes(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  options: ChooseOptions = {},
): PresenceProbe[] {
  const { run, spawn, own } = options;
  const meetingApps = meetingAppsProbe({ platform, env, run });
  if (platform === 'win32') {
    return [windowsCapabilityProbe({ env, run }), windowsNotificationStateProbe({ env }), meetingApps];
  }
  if (platform === 'darwin') {
    return [
      unavailableProbe('microphone', `microphone: ${MACOS_NATIVE_ONLY}`),
      unavailableProbe('camera', `camera: ${MACOS_NATIVE_ONLY}`),
      unavailableProbe('fullscreen', 'macOS does not tell other apps about full-screen windows or screen sharing'),
      unavailableProbe('dnd', 'macOS has not let apps read Focus / Do Not Disturb since macOS 12'),
      meetingApps,
    ];
  }
  const hasProc = platform === 'linux';
  return [
    linuxMicrophoneProbe({ env, run, spawn, own }),
    hasProc ? linuxCameraProbe() : unavailableProbe('camera', 'no /proc to see which process holds a camera open'),
    unixFullscreenProbe(env),
    unixDndProbe(env, options),
    hasProc ? meetingApps : unavailableProbe('meetingApps', 'no /proc to list running processes'),
  ];
}
