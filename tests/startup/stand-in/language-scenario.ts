// A desktop in another language (LANG, as the start-up test sets it): what main says at start — the
// tray's menu and tooltip, the application menu, the window's address — and after the person
// picks another language in Settings. What main did is written to the report for the start-up test.
import { app, BrowserWindow, ipcMain, Menu, Tray } from './electron';
import { report, waitFor } from './scenario-kit';

function invoke(channel: string, args: unknown[]) {
  const handler = ipcMain.handlers.get(channel);
  const contents = BrowserWindow.all[0]?.webContents;
  if (!handler || !contents) return Promise.resolve({ missing: channel });
  return Promise.resolve(handler({ sender: contents, senderFrame: { url: 'app://limber/index.html' } }, ...args));
}

const words = () => ({
  trayMenu: Tray.all.at(-1)?.menu?.template,
  trayTooltip: Tray.all.at(-1)?.tooltip,
  applicationMenu: (Menu.applicationMenu as { template?: unknown } | null)?.template,
  loaded: BrowserWindow.all.map((w) => [...w.loaded]),
});

export async function language(): Promise<void> {
  app.becomeReady();
  await waitFor('main to finish starting', () => app.listenerCount('before-quit') > 0);
  await waitFor('the tray', () => Boolean(Tray.all.at(-1)?.menu));
  report['atStart'] = words();
  const tooltipBefore = Tray.all.at(-1)?.tooltip;
  report['update'] = await invoke('settings:update', [{ locale: 'fr' }]);
  await waitFor('the tray in the new language', () => Tray.all.at(-1)?.tooltip !== tooltipBefore);
  await waitFor('the window reloaded', () => (BrowserWindow.all[0]?.loaded.length ?? 0) > 1);
  report['afterChange'] = words();
  app.quit();
  report['quitAt'] = Date.now();
}
