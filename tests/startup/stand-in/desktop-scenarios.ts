// Lives on desktops that are hard on a tray app: stock GNOME with no tray at all, and a login where
// the tray host starts after Limber. What main did is written to the report for the start-up test.
import { app, BrowserWindow, ipcMain, Menu, Notification, Tray } from './electron';
import { callsTo } from './journal';
import { report, sleep, waitFor } from './scenario-kit';

type MenuItem = { label?: string; role?: string; accelerator?: string; submenu?: MenuItem[] };

/** What Electron does for a menu item's role when its key is pressed. */
export function pressMenuRole(role: string): void {
  const find = (items: MenuItem[]): MenuItem | undefined =>
    items.map((item) => (item.role === role ? item : find(item.submenu ?? []))).find(Boolean);
  const template = (Menu.applicationMenu as { template?: MenuItem[] } | null)?.template ?? [];
  if (!find(template)) throw new Error(`the application menu has no "${role}" item`);
  if (role === 'quit') app.quit();
  else throw new Error(`the stand-in cannot press "${role}"`);
}

const windows = () =>
  BrowserWindow.all.map((w) => ({ title: w.options['title'], visible: w.visible, minimized: w.minimized, destroyed: w.destroyed, focused: w.focused }));

async function started(): Promise<void> {
  app.becomeReady();
  await waitFor('main to finish starting', () => app.listenerCount('before-quit') > 0);
  // The first look for a tray host (a dbus-send) has been answered.
  await sleep(500);
}

/** The page's pending notices, as the page reads them when it says it is ready. */
function notices(): Promise<unknown> {
  const handler = ipcMain.handlers.get('app:renderer-ready');
  const contents = BrowserWindow.all[0]?.webContents;
  if (!handler || !contents) return Promise.resolve(null);
  return Promise.resolve(handler({ sender: contents, senderFrame: { url: 'app://limber/index.html' } }));
}

/**
 * Stock GNOME: no tray host, ever. The window's close (the title bar, or the dash's "Quit", which
 * GNOME delivers the same way) asks; the answers come from LIMBER_STAND_IN_DIALOG_ANSWER in order.
 * Then Quit from the application menu (Ctrl+Q), unless the dialog already quit.
 */
export async function noTray(): Promise<void> {
  await started();
  report['traysAtStart'] = Tray.all.length;
  report['windowsAtStart'] = windows();
  report['applicationMenu'] = Menu.applicationMenu;
  const main = BrowserWindow.all[0];
  if (!main) throw new Error('no window on a desktop without a tray');
  main.close();
  await waitFor('the close to be answered', () => main.destroyed || main.minimized);
  report['afterClose'] = windows();
  report['dialogs'] = callsTo('dialog.showMessageBox').map((c) => c.args[0]);
  report['quitAt'] = Date.now();
  if (!main.destroyed) {
    pressMenuRole('quit');
    report['afterMenuQuit'] = windows();
  }
}

/** A login where the tray host registers a few seconds after Limber has started (--hidden). */
export async function lateTray(): Promise<void> {
  const startedAt = Date.now();
  await started();
  report['traysAtStart'] = Tray.all.length;
  report['windowsAtStart'] = windows();
  await waitFor('a tray once the host is there', () => Tray.all.length > 0, 25_000);
  report['trayAfterMs'] = Date.now() - startedAt;
  report['trayAt'] = Date.now();
  await sleep(200);
  report['trayMenu'] = Tray.all[0]?.menu?.template.length ?? 0;
  report['windowsWithTray'] = windows();
  report['notices'] = await notices();
  report['notificationsShown'] = Notification.shown.length;
  app.quit();
  report['quitAt'] = Date.now();
}
