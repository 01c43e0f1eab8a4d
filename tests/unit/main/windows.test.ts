// The two windows under the start-up test's stand-in Electron (as strict as Electron: a window
// whose close is prevented cancels a quit, ready-to-show follows the first paint, restoring
// activates), with a pointer on the second of two displays.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => await import('../../startup/stand-in/electron'));
const electron = await import('../../startup/stand-in/electron');
const { BrowserWindow, app, nativeTheme, screen } = electron;
const { callsTo } = await import('../../startup/stand-in/journal');
const { secureWebPreferences } = await import('../../../electron/main/hardening');
const { MainWindow } = await import('../../../electron/main/main-window');
const { ReminderWindow } = await import('../../../electron/main/reminder-window');
const { setupQuit } = await import('../../../electron/main/quit');
const { PAGE_BACKGROUND } = await import('../../../electron/main/window-background');

const preferences = secureWebPreferences('/app/dist/preload/preload.cjs', { devTools: false });
const info = {
  id: 1,
  tier: 'stretch' as const,
  kind: 'due' as const,
  title: 'Stretch',
  body: 'Time to move',
  canSnooze: true,
  snoozeMin: 5,
  actions: [{ id: 'start' as const, label: 'Start stretch' }],
};
const newest = () => BrowserWindow.all.at(-1)!;
const paint = () => new Promise((resolve) => setTimeout(resolve, 30));

beforeAll(() => app.becomeReady());
afterEach(() => {
  nativeTheme.shouldUseDarkColors = false;
});

describe('window hardening', () => {
  it('gives the main window and the reminder window the very same hardened preferences', () => {
    const before = BrowserWindow.all.length;
    new MainWindow(preferences).show();
    new ReminderWindow(preferences).show(info);
    const created = BrowserWindow.all.slice(before);
    expect(created).toHaveLength(2);
    for (const win of created) expect(win.options['webPreferences']).toBe(preferences);
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webviewTag: false, devTools: false });
  });
});

describe('the reminder window', () => {
  it("is made hidden with the theme's background and shown only once its page has drawn", async () => {
    nativeTheme.shouldUseDarkColors = true;
    const reminder = new ReminderWindow(preferences);
    reminder.show(info);
    const win = newest();
    expect(win.options).toMatchObject({ show: false, backgroundColor: PAGE_BACKGROUND.dark, title: 'Limber reminder' });
    // No menu bar above its buttons (the application menu is the main window's).
    expect(win.menuRemoved).toBe(true);
    expect(win.visible).toBe(false);
    await paint();
    expect(win.visible).toBe(true);
    expect(win.focused).toBe(false);
    reminder.destroy();
  });

  it('appears in the corner of the display under the pointer, not on the primary one', async () => {
    const reminder = new ReminderWindow(preferences);
    reminder.show(info);
    await paint();
    const [x, y] = newest().position;
    const work = screen.getDisplayNearestPoint(screen.cursor).workArea;
    expect(work.x).toBe(1920);
    expect(x).toBeGreaterThanOrEqual(work.x);
    expect(x + 400).toBeLessThanOrEqual(work.x + work.width);
    expect(y + 240).toBeLessThanOrEqual(work.y + work.height);
    reminder.destroy();
  });

  it('after its page crashes, a new window takes over and shows the reminder that was up', async () => {
    const reminder = new ReminderWindow(preferences);
    reminder.show(info);
    await paint();
    const crashed = newest();
    crashed.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(crashed.isDestroyed()).toBe(true);
    const fresh = newest();
    expect(fresh).not.toBe(crashed);
    expect(fresh.loaded).toEqual(['app://limber/index.html#reminder']);
    await paint();
    expect(fresh.visible).toBe(true);
    expect(reminder.webContentsId).toBe(fresh.webContents.id);
    reminder.destroy();
  });

  it('a page that keeps crashing is not brought back in a loop', async () => {
    const reminder = new ReminderWindow(preferences);
    reminder.show(info);
    const before = BrowserWindow.all.length;
    for (let i = 0; i < 6; i++) newest().webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(BrowserWindow.all.length - before).toBe(3);
    await paint();
    reminder.destroy();
  });
});

describe('the main window', () => {
  it('a page that cannot load is logged, not left as an unhandled rejection', async () => {
    const logged: string[] = [];
    vi.spyOn(BrowserWindow.prototype, 'loadURL').mockRejectedValueOnce(new Error("ERR_FAILED (-2) loading 'app://limber/index.html'"));
    new MainWindow(preferences, { log: (m) => logged.push(m) }).show();
    await paint();
    expect(logged).toEqual(['the window could not load its page']);
  });
});

describe('the main window after a change of language', () => {
  it('loads again in the new language on the view it showed, not home', async () => {
    let locale = 'en';
    const win = new MainWindow(preferences, { pageUrl: (hash) => `app://limber/index.html?locale=${locale}${hash}` });
    win.show();
    await paint();
    const loads = vi.spyOn(BrowserWindow.prototype, 'loadURL');
    win.reportState({ view: 'history', holds: false });
    locale = 'de';
    win.reloadInPlace();
    expect(loads.mock.calls.at(-1)?.[0]).toBe('app://limber/index.html?locale=de#view=history');
    win.reportState({ view: 'home', holds: false });
    win.reloadInPlace();
    expect(loads.mock.calls.at(-1)?.[0]).toBe('app://limber/index.html?locale=de');
    loads.mockRestore();
  });
});

describe('the main window on a desktop whose tray comes late', () => {
  it('a stand-by window (minimised for want of a tray) goes away when the tray comes', () => {
    const main = new MainWindow(preferences);
    main.keepInTaskbar();
    main.showInBackground();
    const win = newest();
    expect([win.visible, win.minimized, win.focused]).toEqual([true, true, false]);
    main.leaveTaskbar();
    expect(win.visible).toBe(false);
  });

  it('one the person opened from the dock meanwhile stays', () => {
    const main = new MainWindow(preferences);
    main.keepInTaskbar();
    main.showInBackground();
    const win = newest();
    win.restore(); // the dock icon clicked: Electron restores and focuses it
    main.leaveTaskbar();
    expect(win.visible).toBe(true);
  });
});

describe('quitting', () => {
  it('is not cancelled by a reminder window up on screen and a clean-up step that throws', async () => {
    for (const win of BrowserWindow.all) if (!win.isDestroyed()) win.destroy();
    const reminder = new ReminderWindow(preferences);
    const main = new MainWindow(preferences);
    main.show();
    reminder.show(info);
    await paint();
    const logged: string[] = [];
    setupQuit({
      releaseWindows: [
        ['main window', () => main.allowClose()],
        ['reminder window', () => reminder.destroy()],
      ],
      dispose: [
        ['power events', () => { throw new Error('gone'); }],
        ['later step', () => logged.push('later step ran')],
      ],
      log: (m) => logged.push(m),
    });
    app.quit();
    expect(callsTo('app.quit cancelled')).toEqual([]);
    expect(BrowserWindow.all.every((w) => w.isDestroyed())).toBe(true);
    expect(logged).toEqual(['quitting: power events failed (the quit goes on)', 'later step ran']);
  });
});
