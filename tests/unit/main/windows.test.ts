import { describe, expect, it, vi } from 'vitest';

// Both windows are built from the options main gives them; the stand-in records those options.
const created: Array<Record<string, unknown>> = [];
vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { id: created.length + 1, on: () => {}, send: () => {}, isLoading: () => false };
    constructor(options: Record<string, unknown>) {
      created.push(options);
    }
    on() {}
    loadURL = () => Promise.resolve();
    isDestroyed = () => false;
    isMinimized = () => false;
    setAlwaysOnTop() {}
    setPosition() {}
    getBounds = () => ({ x: 0, y: 0, width: 400, height: 240 });
    showInactive() {}
    show() {}
    focus() {}
  }
  return {
    BrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    screen: { getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1280, height: 800 } }) },
    app: { on: () => {}, isPackaged: true },
    Menu: {},
    session: {},
    shell: {},
  };
});

const { secureWebPreferences } = await import('../../../electron/main/hardening');
const { MainWindow } = await import('../../../electron/main/main-window');
const { ReminderWindow } = await import('../../../electron/main/reminder-window');

describe('window hardening', () => {
  it('gives the main window and the reminder window the very same hardened preferences', () => {
    const preferences = secureWebPreferences('/app/dist/preload/preload.cjs', { devTools: false });
    new MainWindow(preferences).show();
    new ReminderWindow(preferences).show({
      id: 1,
      tier: 'stretch',
      kind: 'due',
      title: 'Stretch',
      body: 'Time to move',
      canSnooze: true,
      snoozeMin: 5,
      actions: [{ id: 'start', label: 'Start stretch' }],
    });
    expect(created).toHaveLength(2);
    for (const options of created) expect(options['webPreferences']).toBe(preferences);
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      devTools: false,
    });
  });
});
