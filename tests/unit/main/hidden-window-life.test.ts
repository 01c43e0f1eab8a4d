// A hidden window gives its renderer back: the main window after a grace period (never while its
// page holds a session or a draft, or a reminder is up), the reminder window once answered. Run
// under the start-up test's stand-in Electron, whose destroyed windows throw on use as Electron's do.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => await import('../../startup/stand-in/electron'));
const { BrowserWindow, app } = await import('../../startup/stand-in/electron');
const { secureWebPreferences } = await import('../../../electron/main/hardening');
const { MainWindow, HIDDEN_WINDOW_GRACE_MS, hiddenWindowGrace } = await import('../../../electron/main/main-window');
const { ReminderWindow } = await import('../../../electron/main/reminder-window');
const { APP_ENTRY } = await import('../../../electron/main/app-protocol');

const preferences = secureWebPreferences('/app/dist/preload/preload.cjs', { devTools: false });
const GRACE = 60_000;
const newest = () => BrowserWindow.all.at(-1)!;
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

beforeAll(() => app.becomeReady());
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A main window shown, its page ready, then closed by its title bar (which hides it). */
function openedThenClosed(options: { mayRelease?: () => boolean } = {}) {
  const main = new MainWindow(preferences, { graceMs: GRACE, ...options });
  const win = main.show();
  main.markPageReady();
  win.close();
  expect(win.isDestroyed()).toBe(false);
  expect(win.isVisible()).toBe(false);
  return { main, win };
}

describe('the hidden main window', () => {
  it('is destroyed once it has stayed hidden for the whole grace period, and not a moment before', () => {
    const { main, win } = openedThenClosed();
    vi.advanceTimersByTime(GRACE - 1);
    expect(win.isDestroyed()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(win.isDestroyed()).toBe(true);
    expect(main.webContentsIds.size).toBe(0);
  });

  it('reopened within the grace period is the same window, and closing it again starts the grace afresh', () => {
    const { main, win } = openedThenClosed();
    vi.advanceTimersByTime(GRACE - 1000);
    expect(main.show()).toBe(win);
    vi.advanceTimersByTime(GRACE * 2);
    expect(win.isDestroyed()).toBe(false);
    win.close();
    vi.advanceTimersByTime(GRACE - 1);
    expect(win.isDestroyed()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(win.isDestroyed()).toBe(true);
  });

  it('is never destroyed while its page holds a session or a draft; it goes as soon as that ends', () => {
    const { main, win } = openedThenClosed();
    main.reportState({ view: 'session', holds: true });
    vi.advanceTimersByTime(GRACE * 10);
    expect(win.isDestroyed()).toBe(false);
    main.reportState({ view: 'home', holds: false });
    expect(win.isDestroyed()).toBe(true);
  });

  it('is never destroyed while a reminder is up; it goes once the reminder is answered', () => {
    let reminderUp = true;
    const { main, win } = openedThenClosed({ mayRelease: () => !reminderUp });
    vi.advanceTimersByTime(GRACE * 10);
    expect(win.isDestroyed()).toBe(false);
    reminderUp = false;
    main.releaseIfIdle();
    expect(win.isDestroyed()).toBe(true);
  });

  it('is made again on demand, on the view it showed, and events sent meanwhile wait for its page', () => {
    const { main, win } = openedThenClosed();
    main.reportState({ view: 'settings', holds: false });
    vi.advanceTimersByTime(GRACE);
    expect(win.isDestroyed()).toBe(true);
    // Nothing is sent to the destroyed window (it would throw, as Electron's does).
    main.send('app:navigate', 'history');
    const again = main.show();
    expect(again).not.toBe(win);
    expect(again.isVisible()).toBe(true);
    expect(newest().loaded).toEqual([`${APP_ENTRY}#view=settings`]);
    expect(newest().webContents.sent).toEqual([]);
    main.markPageReady();
    expect(newest().webContents.sent).toEqual([['app:navigate', 'history']]);
    expect(main.webContentsIds).toEqual(new Set([again.webContents.id]));
  });

  it('a window made for a view about to be shown (tray: Settings…) opens on that view, not the last one', () => {
    const { main, win } = openedThenClosed();
    main.reportState({ view: 'history', holds: false });
    // A window that exists keeps its page: the navigation event switches it.
    expect(main.show({ view: 'settings' })).toBe(win);
    expect(newest()).toBe(win);
    expect(newest().loaded).toEqual([APP_ENTRY]);
    win.close();
    vi.advanceTimersByTime(GRACE);
    main.show({ view: 'settings' });
    expect(newest().loaded).toEqual([`${APP_ENTRY}#view=settings`]);
  });

  it('a window shown for a session opens on home, since only a held window keeps a session', () => {
    const { main } = openedThenClosed();
    main.reportState({ view: 'session', holds: false });
    vi.advanceTimersByTime(GRACE);
    main.show();
    expect(newest().loaded).toEqual([APP_ENTRY]);
  });

  it('a window made for a session is loaded so as to fetch the player at once; one that exists is reused', () => {
    const { main, win } = openedThenClosed();
    expect(main.show({ forSession: true })).toBe(win);
    win.close();
    vi.advanceTimersByTime(GRACE);
    main.show({ forSession: true, focus: false });
    expect(newest().loaded).toEqual([`${APP_ENTRY}#view=session`]);
  });

  it('without a tray (the window is the only way back) it is kept', () => {
    const main = new MainWindow(preferences, { graceMs: GRACE });
    const win = main.show();
    main.keepInTaskbar();
    win.hide();
    vi.advanceTimersByTime(GRACE * 10);
    expect(win.isDestroyed()).toBe(false);
  });

  it('takes its grace period from LIMBER_HIDDEN_WINDOW_GRACE_MS only within bounds', () => {
    expect(hiddenWindowGrace({ LIMBER_HIDDEN_WINDOW_GRACE_MS: '250' })).toEqual({ graceMs: 250 });
    for (const bad of ['0', '-5', '1e12', 'soon', ''])
      expect(hiddenWindowGrace({ LIMBER_HIDDEN_WINDOW_GRACE_MS: bad })).toEqual({});
    expect(HIDDEN_WINDOW_GRACE_MS).toBeGreaterThanOrEqual(60_000);
  });
});

describe('the reminder window', () => {
  it('is destroyed once answered, and the next reminder gets a window of its own', () => {
    const reminder = new ReminderWindow(preferences);
    reminder.show(info);
    const first = newest();
    vi.advanceTimersByTime(20);
    expect(first.isVisible()).toBe(true);
    reminder.hide();
    expect(first.isDestroyed()).toBe(true);
    expect(reminder.webContentsId).toBeNull();
    reminder.show({ ...info, id: 2 });
    const second = newest();
    expect(second).not.toBe(first);
    vi.advanceTimersByTime(20);
    expect(second.isVisible()).toBe(true);
    reminder.destroy();
  });

  it('closed by its title bar, it is gone for good (not hidden), and a later reminder still shows', () => {
    const reminder = new ReminderWindow(preferences);
    reminder.show(info);
    const first = newest();
    vi.advanceTimersByTime(20);
    first.close();
    expect(first.isDestroyed()).toBe(true);
    expect(reminder.webContentsId).toBeNull();
    reminder.show({ ...info, id: 3 });
    expect(newest()).not.toBe(first);
    reminder.destroy();
  });
});

describe('the stand-in, as strict as Electron', () => {
  it('throws on any use of a destroyed window but isDestroyed', () => {
    const win = new BrowserWindow({});
    win.destroy();
    expect(win.isDestroyed()).toBe(true);
    expect(() => win.show()).toThrow('Object has been destroyed');
    expect(() => win.isVisible()).toThrow('Object has been destroyed');
    expect(() => win.destroy()).toThrow('Object has been destroyed');
    expect(() => win.webContents.send('x', 1)).toThrow('Object has been destroyed');
  });
});
