// A day of a tray app whose window is closed between breaks (issue 27): the hidden main window is
// destroyed after its grace period (LIMBER_HIDDEN_WINDOW_GRACE_MS, set short by the start-up test),
// everything that talks to a window copes with there being none (tray, status pushes, a second
// launch), and the window is made again on demand on the right view with what it missed; a window
// whose page holds a session is kept. What main did is written to the report for the start-up test.
import { app, BrowserWindow, ipcMain, Tray } from './electron';
import { report, sleep, waitFor } from './scenario-kit';

type MenuItem = { label?: string; submenu?: MenuItem[]; click?: () => void };

function clickTray(...labels: string[]): void {
  let items = (Tray.all.at(-1)?.menu?.template ?? []) as MenuItem[];
  for (const [i, label] of labels.entries()) {
    const item = items.find((it) => it.label === label);
    if (!item) throw new Error(`no tray item ${labels.slice(0, i + 1).join(' > ')}`);
    if (i === labels.length - 1) item.click?.();
    else items = item.submenu ?? [];
  }
}

/** An IPC call as `win`'s page makes it. */
function invoke(win: BrowserWindow, channel: string, ...args: unknown[]): Promise<unknown> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) return Promise.resolve({ missing: channel });
  return Promise.resolve(handler({ sender: win.webContents, senderFrame: { url: 'app://limber/index.html' } }, ...args));
}

const live = () => BrowserWindow.all.filter((w) => !w.isDestroyed());
const newest = () => BrowserWindow.all.at(-1)!;
const sentNames = (win: BrowserWindow) => win.webContents.sent.map(([channel]) => channel);

/** Closed by its title bar, then left alone until main destroys it; how long that took. */
async function closeAndWait(win: BrowserWindow): Promise<{ hiddenAtOnce: boolean; destroyedAtOnce: boolean; destroyedAfterMs: number }> {
  const t0 = Date.now();
  win.close();
  const atOnce = { hiddenAtOnce: !win.visible, destroyedAtOnce: win.isDestroyed() };
  await waitFor('the hidden window to be destroyed', () => win.isDestroyed(), 10_000);
  return { ...atOnce, destroyedAfterMs: Date.now() - t0 };
}

export async function hiddenWindow(): Promise<void> {
  app.becomeReady();
  await waitFor('main to finish starting', () => app.listenerCount('before-quit') > 0);
  await waitFor('the tray', () => Boolean(Tray.all.at(-1)?.menu));
  const first = BrowserWindow.all[0]!;
  await invoke(first, 'app:renderer-ready');
  report['firstClose'] = await closeAndWait(first);

  // No window now: the tray's pause and resume push the break status; nothing may throw.
  clickTray('Pause', 'For 30 minutes');
  clickTray('Resume reminders');
  await sleep(50);
  report['windowsWhileClosed'] = live().length;
  report['refusedFromDestroyedPage'] = await invoke(first, 'settings:get').then(
    (value) => ({ answered: value }),
    (error: unknown) => ({ refused: String(error) }),
  );

  // Settings… from the tray: a new window, loaded on Settings; what it missed comes when it is ready.
  clickTray('Settings…');
  const second = newest();
  report['reopenedForSettings'] = { isFirst: second === first, loaded: [...second.loaded], visible: second.visible, sentBeforeReady: sentNames(second) };
  await invoke(second, 'app:renderer-ready');
  report['reopenedForSettings'] = { ...(report['reopenedForSettings'] as object), sentOnReady: sentNames(second), navigatedTo: second.webContents.sent.filter(([c]) => c === 'app:navigate').map(([, v]) => v) };
  await invoke(second, 'app:window-state', { view: 'settings', holds: false });
  report['secondClose'] = await closeAndWait(second);

  // A session started from the tray with no window: a window is made for it and gets the session.
  clickTray('Start stretch session now');
  const third = newest();
  report['reopenedForSession'] = { isSecond: third === second, loaded: [...third.loaded], sentBeforeReady: sentNames(third) };
  await invoke(third, 'app:renderer-ready');
  report['reopenedForSession'] = { ...(report['reopenedForSession'] as object), sessionOpened: third.webContents.sent.filter(([c]) => c === 'session:open').map(([, v]) => v) };

  // The page holds its running session: closed, it is kept far past the grace period; once the
  // session ends the page says so, and the hidden window goes.
  await invoke(third, 'app:window-state', { view: 'session', holds: true });
  third.close();
  await sleep(Number(process.env['LIMBER_HIDDEN_WINDOW_GRACE_MS']) * 4);
  report['heldSession'] = { destroyedWhileHeld: third.isDestroyed(), visible: third.visible };
  await invoke(third, 'app:window-state', { view: 'home', holds: false });
  report['heldSession'] = { ...(report['heldSession'] as object), destroyedOnceReleased: third.isDestroyed() };
  report['windowsAtEnd'] = live().length;
  app.quit();
  report['quitAt'] = Date.now();
}
