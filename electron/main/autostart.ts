// "Start Limber when I log in", per platform. Only packaged builds touch the login items: an entry
// pointing at a development checkout would start a stale build at every login.
import { app } from 'electron';
import { isFreedesktop } from './desktop-environment';
import { desktopWords } from './desktop-words';
import { t } from '../i18n/common/translate';
import { isFlatpak, requestBackground } from './flatpak-background';
import { autostartDir, HIDDEN_SWITCH, loginCommand, XdgAutostart } from './xdg-autostart';

/** The login entry's texts, in every language (the desktop picks the session's). */
const entryText = () => ({ name: 'Limber', ...desktopWords() });

/**
 * Whether the OS will start Limber at login, as the person may have set it outside Limber (Task
 * Manager, System Settings, GNOME Tweaks); null where it cannot be read (development, Flatpak).
 */
export async function readStartAtLogin(): Promise<boolean | null> {
  if (!app.isPackaged) return null;
  if (process.platform === 'win32') return app.getLoginItemSettings({ args: [HIDDEN_SWITCH] }).executableWillLaunchAtLogin;
  if (!isFreedesktop(process.platform)) return app.getLoginItemSettings().openAtLogin;
  if (isFlatpak(process.env)) return null;
  return (await new XdgAutostart(autostartDir(process.env)).read()) === 'on';
}

/**
 * Applies the setting; resolves with a sentence for the user when it could not be applied. The
 * last request wins: rapid toggles are applied in order, never interleaved.
 */
export function createStartAtLogin(log: (message: string) => void): (enabled: boolean) => Promise<string | null> {
  let queue: Promise<unknown> = Promise.resolve();
  let lastApplied: boolean | null = null;
  const apply = async (enabled: boolean): Promise<string | null> => {
    if (!app.isPackaged) return null;
    if (enabled === lastApplied) return null;
    lastApplied = enabled;
    if (process.platform === 'win32') {
      // Windows cannot tell a login launch apart (wasOpenedAtLogin is macOS only): the switch does.
      // `enabled` (the default) also lifts a switch-off made in Task Manager: the person asked again.
      app.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_SWITCH] });
      return null;
    }
    if (!isFreedesktop(process.platform)) {
      // macOS takes no arguments (SMAppService); a login launch is known by wasOpenedAtLogin.
      app.setLoginItemSettings({ openAtLogin: enabled });
      return null;
    }
    if (isFlatpak(process.env)) {
      const problem = await requestBackground({
        autostart: enabled,
        reason: t('main.autostart.reason'),
        commandline: loginCommand({}, process.execPath),
      });
      if (problem) lastApplied = null;
      return problem;
    }
    const autostart = new XdgAutostart(autostartDir(process.env));
    const result = enabled
      ? await autostart.enable({ ...entryText(), command: loginCommand(process.env, process.execPath), icon: 'limber' })
      : await autostart.disable();
    if (!result.ok) {
      lastApplied = null;
      return t('main.autostart.failed', { action: enabled ? 'create' : 'remove', path: result.path, message: result.message });
    }
    if (result.changed) log(`login item ${enabled ? 'written' : 'removed'}: ${result.path}`);
    return null;
  };
  return (enabled) => {
    const next = queue.then(() => apply(enabled));
    queue = next.catch(() => null);
    return next;
  };
}
