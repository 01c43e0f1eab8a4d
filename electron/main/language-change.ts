// A change of language in Settings, carried through main: its own catalogue, the application menu
// and the tray are rebuilt at once, the reminder window loads its page again, and so does the main
// window, unless a session is running there: then it waits until the session has ended, so a
// session is never cut short by a reload.
import { switchLanguage } from './language';

export interface LanguageFollowerDeps {
  /** Settings' `locale` now ('system', 'en', 'de', …). */
  choice: () => string;
  /** Menus and tray in the new words. */
  rebuild: () => void;
  reloadReminderWindow: () => void;
  /** `afterSession`: the reload waited for a session to end (the person is not in Settings any more). */
  reloadMainWindow: (afterSession: boolean) => void;
  sessionRunning: () => boolean;
  log: (message: string, error?: unknown) => void;
}

export interface LanguageFollower {
  /** Call on every settings change: acts only when the language it resolves to changed. */
  settingsChanged(): void;
  /** Call on every break status: a reload held back for a session happens once it has ended. */
  statusChanged(): void;
  /** Settles when every change asked for so far has been carried out (tests). */
  settled(): Promise<void>;
}

export function followLanguage(deps: LanguageFollowerDeps): LanguageFollower {
  let lastChoice = deps.choice();
  let mainWaits = false;
  let chain: Promise<void> = Promise.resolve();
  const reloadMainAfterSession = () => {
    if (!mainWaits || deps.sessionRunning()) return;
    mainWaits = false;
    deps.reloadMainWindow(true);
  };
  return {
    settingsChanged: () => {
      const choice = deps.choice();
      if (choice === lastChoice) return;
      lastChoice = choice;
      // One change at a time, in order: a quick de → fr ends in French.
      chain = chain
        .then(async () => {
          if (!(await switchLanguage(choice))) return;
          deps.rebuild();
          deps.reloadReminderWindow();
          if (deps.sessionRunning()) mainWaits = true;
          else {
            mainWaits = false;
            deps.reloadMainWindow(false);
          }
        })
        .catch((error: unknown) => deps.log('could not change the language', error));
    },
    statusChanged: reloadMainAfterSession,
    settled: () => chain,
  };
}
