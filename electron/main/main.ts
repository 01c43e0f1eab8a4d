import { app, dialog, nativeTheme, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { createServices, type Services } from '../app/create-services';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { denyAllPermissions, hardenAllWebContents } from './hardening';
import { registerIpcGate } from './ipc-gate';
import { MainWindow, preloadPathFrom } from './main-window';
import { electronStoreBackend } from './settings-backend';
import { ReminderWindow } from './reminder-window';
import { LimberTray } from './tray';
import { FocusShortcut } from './focus-shortcut';
import { systemIdleSeconds, watchPower } from './power';
import { trayLine } from '../core/breaks/wording';
import type { BreakPlanStatus } from '../core/services/break-service';
import { chooseNotifier } from '../notify/notifier';

// Composition root: wires core services to Electron. Keep it thin; logic lives in core.
const mainDir = import.meta.dirname;
const rendererRoot = join(mainDir, '..', 'renderer');
const trayIconPath = join(mainDir, 'assets', process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png');

const log = (message: string, error?: unknown) => {
  console.log(`[limber] ${message}`, error ?? '');
};

// Tests and side-by-side profiles point the app at their own data directory.
if (process.env['LIMBER_USER_DATA_DIR']) app.setPath('userData', process.env['LIMBER_USER_DATA_DIR']);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  hardenAllWebContents();
  void app.whenReady().then(start).catch((error: unknown) => {
    log('startup failed', error);
    dialog.showErrorBox('Limber could not start', String(error instanceof Error ? error.message : error));
    app.exit(1);
  });
}

process.on('uncaughtException', (error) => log('uncaught exception (kept running)', error));
process.on('unhandledRejection', (error) => log('unhandled rejection (kept running)', error));

async function start(): Promise<void> {
  denyAllPermissions();
  serveAppScheme(rendererRoot);
  const mainWindow = new MainWindow(preloadPathFrom(mainDir));
  const reminderWindow = new ReminderWindow(preloadPathFrom(mainDir));
  // notify-send and node-notifier's helpers run outside Electron and cannot read inside the asar.
  const notificationIcon = join(mainDir, 'assets', 'tray.png').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);
  const notifier = chooseNotifier(process.platform, { appName: 'Limber', icon: notificationIcon });

  let tray: LimberTray | null = null;
  const clockText = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const showTrayStatus = (status: BreakPlanStatus) => {
    tray?.update({ statusLine: trayLine(status, clockText), paused: status.pausedUntil !== null, focus: status.focus, canSnooze: status.showing === 'stretch' && status.snoozesLeft > 0 });
  };

  const services: Services = await createServices({
    userDataDir: app.getPath('userData'),
    createSettingsBackend: electronStoreBackend,
    appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
    broadcast: (event, payload) => mainWindow.send(event, payload),
    openExternal: (url) => shell.openExternal(url),
    onRendererReady: () => mainWindow.markPageReady(),
    notifier,
    reminderWindow,
    idle: { idleSeconds: systemIdleSeconds },
    onBreakStatus: showTrayStatus,
    onOpenSession: () => mainWindow.show({ focus: services.settings.get().sessionWindowTakesFocus }),
    saveFile: async (name, content) => {
      const { canceled, filePath } = await dialog.showSaveDialog({ defaultPath: join(app.getPath('documents'), name) });
      if (canceled || !filePath) return null;
      await writeFile(filePath, content, 'utf8');
      return filePath;
    },
    log,
  });
  registerIpcGate(services.dispatch, () => {
    const ids = new Set(mainWindow.webContentsIds);
    if (reminderWindow.webContentsId !== null) ids.add(reminderWindow.webContentsId);
    return ids;
  });
  const stopWatchingPower = watchPower((event) => services.breaks.powerEvent(event));

  const focusShortcut = new FocusShortcut(
    () => services.breaks.toggleFocus(),
    (accelerator) =>
      services.notices.add({
        id: 'shortcut-unavailable',
        level: 'warning',
        message: `The focus shortcut ${accelerator} is already used by another app. Choose another one in Settings.`,
      }),
  );

  const applySystemSettings = () => {
    const settings = services.settings.get();
    nativeTheme.themeSource = settings.theme;
    if (app.isPackaged) app.setLoginItemSettings({ openAtLogin: settings.startAtLogin });
    focusShortcut.apply(settings.focusShortcut);
  };
  applySystemSettings();
  services.settings.onChange(applySystemSettings);

  const openView = (view: 'home' | 'settings') => {
    services.navigate(view);
    mainWindow.show();
  };

  const breaks = services.breaks;
  tray = new LimberTray(trayIconPath, {
    startSession: () => breaks.startNow(),
    snooze: () => void breaks.snooze(),
    pause: (choice) => breaks.pause(choice),
    resume: () => breaks.resume(),
    toggleFocus: () => breaks.toggleFocus(),
    openSettings: () => openView('settings'),
    openWindow: () => mainWindow.show(),
    quit: () => app.quit(),
  });
  showTrayStatus(breaks.status());

  app.on('second-instance', () => mainWindow.show());
  app.on('activate', () => mainWindow.show());
  // The app lives in the tray: closing the window must not quit it.
  app.on('window-all-closed', () => {});
  app.on('before-quit', () => {
    mainWindow.allowClose();
    stopWatchingPower();
    focusShortcut.dispose();
    services.dispose();
    notifier.dispose();
    reminderWindow.destroy();
    tray?.destroy();
  });

  // The e2e suite's handle on main (Electron backend only): what the tray would do.
  if (process.env['LIMBER_E2E'] === '1') {
    (globalThis as { __limberE2E?: unknown }).__limberE2E = { navigate: (view: 'home' | 'settings') => services.navigate(view) };
  }

  // First launch (and any launch by hand) shows the window; a login-item launch stays in the tray.
  if (!app.getLoginItemSettings().wasOpenedAtLogin) mainWindow.show();
}
