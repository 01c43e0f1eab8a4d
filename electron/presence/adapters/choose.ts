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
import { t } from '../../i18n/common/translate';

export interface ChooseOptions {
  /** Replaces the process runner (the bench counts spawns with it). */
  run?: CommandRunner;
  /** Replaces how long-lived watchers are started (the bench counts those too). */
  spawn?: HelperSpawner;
  /** Limber's own recording streams, never a call. */
  own?: OwnStreams;
}


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
    () => (names.length ? t('main.presence.reason.dndDesktop', { desktop: names.join(':') }) : t('main.presence.reason.dndNoDesktop')),
  );
}

function unixFullscreenProbe(env: NodeJS.ProcessEnv): PresenceProbe {
  if (isWayland(env))
    return unavailableProbe('fullscreen', () => t('main.presence.reason.waylandFullscreen'));
  if (!env.DISPLAY) return unavailableProbe('fullscreen', () => t('main.presence.reason.noDisplay'));
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
      unavailableProbe('microphone', () => t('main.presence.reason.macosNative', { device: 'microphone' })),
      unavailableProbe('camera', () => t('main.presence.reason.macosNative', { device: 'camera' })),
      unavailableProbe('fullscreen', () => t('main.presence.reason.macosFullscreen')),
      unavailableProbe('dnd', () => t('main.presence.reason.macosDnd')),
      meetingApps,
    ];
  }
  const hasProc = platform === 'linux';
  return [
    linuxMicrophoneProbe({ env, run, spawn, own }),
    hasProc ? linuxCameraProbe() : unavailableProbe('camera', () => t('main.presence.reason.noProcCamera')),
    unixFullscreenProbe(env),
    unixDndProbe(env, options),
    hasProc ? meetingApps : unavailableProbe('meetingApps', () => t('main.presence.reason.noProcList')),
  ];
}
