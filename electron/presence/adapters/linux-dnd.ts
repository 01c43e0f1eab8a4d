// Linux "do not disturb", where a desktop keeps it somewhere another app may read:
// - GNOME (and desktops built on its settings): org.gnome.desktop.notifications show-banners = false
//   is the "Do Not Disturb" switch. `gsettings` first (it knows the default when the key was never
//   written); `dconf read` when the schema is not installed (it prints nothing for an unwritten key,
//   which means the default, banners on).
// - KDE Plasma: its notification server exposes the read-only `Inhibited` property on
//   org.freedesktop.Notifications, true while DND is on. Only asked on KDE, because on another
//   desktop the call could start a notification server by D-Bus activation.
// Both are watched, not polled (watching-probe.ts): `gsettings monitor` prints the new value when
// the switch flips, and `gdbus monitor` prints the notification server's PropertiesChanged signal
// (Plasma sends one whenever Inhibited changes). So after the first answer a reading costs no
// process. Where the watcher cannot run, each read asks with one short process as before.
// choose.ts builds neither outside GNOME and KDE.
import type { Timers } from '../../ports/scheduler';
import type { PresenceFinding, PresenceProbe } from '../../ports/presence';
import { firstLine, runCommand, type CommandRunner, type CommandOutput } from './command';
import type { HelperSpawner } from './helper-process';
import { watchingProbe, type WatcherNews } from './watching-probe';
import { t } from '../../i18n/common/translate';


/** `gsettings get …` or `dconf read …` output → DND on? ("" from dconf = never written = off). */
export function parseShowBanners(text: string): boolean | null {
  const value = text.trim();
  if (value === 'false') return true;
  if (value === 'true' || value === '') return false;
  return null;
}

/** A `gsettings monitor … show-banners` line ("show-banners: false") → the news it carries. */
export function parseBannersMonitorLine(line: string): WatcherNews {
  const m = /^show-banners:\s*(.*)$/.exec(line.trim());
  if (!m) return null;
  const value = parseShowBanners(m[1] ?? '');
  return value === null ? 'changed' : finding(value, null);
}

const NOTIFICATIONS = 'org.freedesktop.Notifications';

/**
 * A `gdbus monitor --dest org.freedesktop.Notifications` line → the news it carries: the new
 * Inhibited value from PropertiesChanged ("…PropertiesChanged ('org.freedesktop.Notifications',
 * {'Inhibited': <true>}, @as [])"), or "ask again" when Inhibited was invalidated or the server
 * came or went ("The name org.freedesktop.Notifications is owned by :1.5" / "does not have an owner").
 */
export function parseNotificationsMonitorLine(line: string): WatcherNews {
  const text = line.trim();
  if (text.startsWith(`The name ${NOTIFICATIONS} `)) return 'changed';
  if (!/org\.freedesktop\.DBus\.Properties\.PropertiesChanged \('org\.freedesktop\.Notifications',/.test(text))
    return null;
  const value = /'Inhibited': <(true|false)>/.exec(text)?.[1];
  if (value !== undefined) return finding(value === 'true', null);
  return /'Inhibited'/.test(text) ? 'changed' : null;
}

/** `dbus-send --print-reply … Properties.Get … Inhibited` → DND on? */
export function parseInhibitedReply(text: string): boolean | null {
  const m = /variant\s+boolean (true|false)/.exec(text);
  return m ? m[1] === 'true' : null;
}

export interface LinuxDndOptions {
  env: NodeJS.ProcessEnv;
  run?: CommandRunner;
  /** Starts the long-lived watcher (`gsettings monitor`, `gdbus monitor`). */
  spawn?: HelperSpawner;
  timers?: Timers;
}

function finding(value: boolean | null, reason: string | null): PresenceFinding[] {
  return [{ via: 'dnd', value, reason: value === true ? t('main.presence.reason.dndOn') : reason }];
}

function failed(what: string, out: CommandOutput): Error {
  return new Error(`${what}: ${firstLine(out.stderr) || t('main.presence.reason.exitCodeOf', { code: String(out.code) })}`);
}

export function gnomeDndProbe({ env, run = runCommand, spawn, timers }: LinuxDndOptions): PresenceProbe {
  return watchingProbe({
    name: 'GNOME do-not-disturb (show-banners)',
    label: () => t('main.presence.probe.gnomeDnd'),
    uses: ['dnd'],
    env,
    watcher: { file: 'gsettings', args: ['monitor', 'org.gnome.desktop.notifications', 'show-banners'] },
    interpret: parseBannersMonitorLine,
    async fetch(signal) {
      const viaGsettings = await run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'], {
        env,
        signal,
      }).catch((error: unknown) => error as Error);
      if (!(viaGsettings instanceof Error) && viaGsettings.code === 0)
        return finding(parseShowBanners(viaGsettings.stdout), null);
      const viaDconf = await run('dconf', ['read', '/org/gnome/desktop/notifications/show-banners'], { env, signal });
      if (viaDconf.code !== 0) throw failed('dconf read', viaDconf);
      return finding(parseShowBanners(viaDconf.stdout), null);
    },
    spawn,
    timers,
  });
}

export function kdeDndProbe({ env, run = runCommand, spawn, timers }: LinuxDndOptions): PresenceProbe {
  return watchingProbe({
    name: 'KDE do-not-disturb (Notifications.Inhibited)',
    label: () => t('main.presence.probe.kdeDnd'),
    uses: ['dnd'],
    env,
    watcher: {
      file: 'gdbus',
      args: ['monitor', '--session', '--dest', NOTIFICATIONS, '--object-path', '/org/freedesktop/Notifications'],
    },
    interpret: parseNotificationsMonitorLine,
    async fetch(signal) {
      const out = await run(
        'dbus-send',
        [
          '--session',
          '--print-reply',
          '--reply-timeout=1000',
          `--dest=${NOTIFICATIONS}`,
          '/org/freedesktop/Notifications',
          'org.freedesktop.DBus.Properties.Get',
          `string:${NOTIFICATIONS}`,
          'string:Inhibited',
        ],
        { env, signal },
      );
      if (out.code !== 0) throw failed('reading Notifications.Inhibited', out);
      const value = parseInhibitedReply(out.stdout);
      return finding(value, value === null ? t('main.presence.reason.dndUnknownKde') : null);
    },
    spawn,
    timers,
  });
}
