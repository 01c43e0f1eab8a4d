// "Start Limber when I log in" follows the OS, not the other way round: at start the setting takes
// the state the OS reports (a person may have switched Limber off in Task Manager, System Settings
// or GNOME Tweaks, and that stays off), and the login item is written only when the person changes
// the setting in Limber.
import type { Notice } from '../shell/common/app-channels';
import type { SettingsService } from '../settings/node/settings-store';
import { createStartAtLogin, readStartAtLogin } from './autostart';

export async function setupStartAtLogin(options: {
  settings: SettingsService;
  tell: (notice: Notice) => void;
  log: (message: string, error?: unknown) => void;
}): Promise<void> {
  const apply = createStartAtLogin(options.log);
  let known = options.settings.get().startAtLogin;
  let changedMeanwhile = false;
  options.settings.onChange((settings) => {
    if (settings.startAtLogin === known) return;
    known = settings.startAtLogin;
    changedMeanwhile = true;
    void apply(known).then((problem) => {
      if (problem) options.tell({ id: 'start-at-login', level: 'warning', message: problem });
    });
  });
  const os = await readStartAtLogin().catch((error: unknown) => {
    options.log('could not read the login item', error);
    return null;
  });
  // A change the person made while the OS was being asked wins over what the OS said.
  if (os === null || os === known || changedMeanwhile) return;
  options.log(`the login item is ${os ? 'on' : 'off'} in the system: the setting follows`);
  known = os;
  options.settings.update({ startAtLogin: os });
}
