// Without a tray, closing Limber's window cannot simply hide it (nothing would bring it back), and
// GNOME's dash "Quit" closes the window exactly as its title bar does, so the two cannot be told
// apart. So closing asks: keep reminding from the dock, or quit. The person may have the answer
// remembered; it is kept in the profile and applies to every later close on a tray-less desktop.
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { closeDialogText } from './close-dialog-text';

const CHOICE_FILE = 'close-without-tray';
type Choice = 'keep' | 'quit';


/** What closing the window does when there is no tray: asks, or follows the remembered answer. */
export function createCloseWithoutTray(options: {
  userDataDir: string;
  quit: () => void;
  log: (message: string, error?: unknown) => void;
}): (win: BrowserWindow) => void {
  const file = join(options.userDataDir, CHOICE_FILE);
  let asking = false;
  const act = (win: BrowserWindow, choice: Choice) => {
    if (choice === 'quit') options.quit();
    else if (!win.isDestroyed()) win.minimize();
  };
  return (win) => {
    if (asking) return;
    asking = true;
    void (async () => {
      const remembered = await readFile(file, 'utf8').then((text) => text.trim().slice(0, 8), () => '');
      if (remembered === 'keep' || remembered === 'quit') return act(win, remembered);
      const words = closeDialogText();
      const box: MessageBoxOptions = {
        type: 'question',
        buttons: [words.keep, words.quit],
        defaultId: 0,
        cancelId: 0,
        message: words.message,
        detail: words.detail,
        checkboxLabel: words.remember,
        checkboxChecked: false,
      };
      // A minimised parent would hide its own dialog (the dash's Quit can come while minimised).
      const visible = !win.isDestroyed() && win.isVisible() && !win.isMinimized();
      const { response, checkboxChecked } = visible ? await dialog.showMessageBox(win, box) : await dialog.showMessageBox(box);
      const choice: Choice = response === 1 ? 'quit' : 'keep';
      if (checkboxChecked) await writeFile(file, `${choice}\n`).catch((error: unknown) => options.log('could not remember the close choice', error));
      act(win, choice);
    })()
      .catch((error: unknown) => {
        // Never leave the person without a way out: an unanswerable dialog minimises, as before.
        options.log('could not ask how to close', error);
        if (!win.isDestroyed()) win.minimize();
      })
      .finally(() => (asking = false));
  };
}
