// Is there anywhere to show a tray icon? On Linux Electron's Tray is a StatusNotifierItem, shown only
// when a host owns org.kde.StatusNotifierWatcher on the session bus: KDE, most other desktops, and
// GNOME only with the AppIndicator extension (stock GNOME has no tray, and its XEmbed fallback is
// unreliable). Without a host, Limber keeps a window in the dock instead.
import { execFile } from 'node:child_process';
import { isFreedesktop } from './desktop-environment';
import { t } from '../i18n/common/translate';

export const STATUS_NOTIFIER_WATCHER = 'org.kde.StatusNotifierWatcher';

/** true/false from the bus; null when the bus could not be asked in time (no dbus-send, no bus). */
export function nameHasOwner(name: string, env: NodeJS.ProcessEnv = process.env, timeoutMs = 1_500): Promise<boolean | null> {
  const args = [
    '--session',
    '--print-reply',
    `--reply-timeout=${timeoutMs}`,
    '--dest=org.freedesktop.DBus',
    '/org/freedesktop/DBus',
    'org.freedesktop.DBus.NameHasOwner',
    `string:${name}`,
  ];
  return new Promise((resolve) => {
    execFile('dbus-send', args, { env, timeout: timeoutMs + 500, encoding: 'utf8' }, (error, stdout) => {
      if (error) return resolve(null);
      resolve(/boolean true/.test(stdout) ? true : /boolean false/.test(stdout) ? false : null);
    });
  });
}

/** Whether a tray icon will be seen. macOS and Windows always have one; unknown counts as none. */
export async function trayHostAvailable(platform: NodeJS.Platform, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (!isFreedesktop(platform)) return true;
  return (await nameHasOwner(STATUS_NOTIFIER_WATCHER, env)) === true;
}

/** The notice for a desktop without a tray, in the active language. */
export const noTrayNotice = (): string => t('main.notice.noTray');
