import { app, dialog, nativeTheme, Notification } from 'electron';
import { createServices, type Services } from '../app/create-services';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { appPaths } from './app-paths';
import { claimSingleInstance, setupCommandLine } from './command-line';
import { denyAllPermissions, hardenAllWebContents, openVettedExternal, secureWebPreferences } from './hardening';
import { registerIpcGate } from './ipc-gate';
import { MainWindow } from './main-window';
import { electronStoreBackend } from './settings-backend';
import { ReminderWindow } from './reminder-window';
import { setupGlobalShortcuts } from './shortcut-settings';
import { systemIdleSeconds, watchPower } from './power';
import { scheduleLine, sittingLineOf } from './status-line';
import type { CliRequest } from '../cli/node/parse-args';
import type { BreakPlanStatus } from '../breaks/node/break-service';
import { chooseNotifier } from '../notifications/adapters/notifier';
import { createCachedPresenceSource } from '../presence/node/cached-source';
import { DEFAULT_PRESENCE_SWITCHES } from '../presence/common/combine';
import { choosePresenceProbes } from '../presence/adapters/choose';
import type { Notice } from '../shell/common/app-channels';
import { setupPlatform } from './platform-setup';
import { setupAppMenu } from './app-menu';
import { createCloseWithoutTray } from './close-without-tray';
import { setupStartAtLogin } from './login-items';
import { setupQuit } from './quit';
import { setupDesktopEntry } from './desktop-entry';
import { setupTray } from './tray-setup';
import { LogFile } from '../base/node/log-file';
import { saveExport } from './save-export';
import { loadCatalog } from '../i18n/common/load-catalog';
import { regionOf, resolveLocale } from '../i18n/common/locales';

// Composition root: wires core services to Electron. Keep it thin; logic lives in core.
const paths = appPaths(import.meta.dirname);

// Tests and side-by-side profiles point the app at their own data directory.
if (process.env['LIMBER_USER_DATA_DIR']) app.setPath('userData', process.env['LIMBER_USER_DATA_DIR']);

// Diagnostics go to stderr (stdout carries only answers to the command line, limber --status) and
// to a bounded log file in the data folder, since a tray app started at login has no terminal.
const logFile = new LogFile({ dir: app.getPath('userData') });
const log = (message: string, error?: unknown) => {
  console.error(`[limber] ${message}`, error ?? '');
  logFile.write(message, error);
};

// Before ready: Chromium switches (speech, Wayland shortcuts) and the Windows app identity.
const capabilities = setupPlatform();

const launch = claimSingleInstance();
if (launch) {
  registerAppScheme();
  hardenAllWebContents();
  void app.whenReady().then(() => start(launch)).catch((error: unknown) => {
    log('startup failed', error);
    dialog.showErrorBox('Limber could not start', String(error instanceof Error ? error.message : error));
    app.exit(1);
  });
}

process.on('uncaughtException', (error) => log('uncaught exception (kept running)', error));
process.on('unhandledRejection', (error) => log('unhandled rejection (kept running)', error));

/** The system's preferred languages; none (so English) where the app object cannot say (the startup tests' stand-in). */
function systemLanguages(): string[] {
  try {
    return app.getPreferredSystemLanguages();
  } catch {
    return [];
  }
}

async function start(launch: CliRequest): Promise<void> {
  // Main's words (the settings' validation messages among them) need a catalogue before anything
  // is checked. The system's languages for now; the language chosen in Settings takes over in the
  // i18n-main work (issue 20), which reads it before this point.
  const preferred = systemLanguages();
  await loadCatalog(resolveLocale(null, preferred), regionOf(preferred));
  log(`Limber ${app.getVersion()} starting on ${process.platform}${app.isPackaged ? '' : ' (unpackaged)'}`);
  denyAllPermissions();
  setupAppMenu();
  serveAppScheme(paths.rendererRoot);
  const webPreferences = secureWebPreferences(paths.preload, { devTools: !app.isPackaged });
  const closeWithoutTray = createCloseWithoutTray({ userDataDir: app.getPath('userData'), quit: () => app.quit(), log });
  const mainWindow = new MainWindow(webPreferences, { log, closeWithoutTray });
  const reminderWindow = new ReminderWindow(webPreferences, capabilities.reminderWindowFloats, log);
  const notifier = chooseNotifier(process.platform, {
    appName: 'Limber',
    icon: paths.notificationIcon,
    electronNotification: Notification,
    onStrayActivation: () => mainWindow.show(),
  });

  let tray: ReturnType<typeof setupTray> | null = null;
  const showTrayStatus = (status: BreakPlanStatus) => {
    tray?.update({
      statusLine: scheduleLine(status),
      paused: status.pausedUntil !== null,
      focus: status.focus,
      canSnooze: status.showing === 'stretch' && status.snoozesLeft > 0,
      sittingLine: sittingLineOf(status),
      awayUnsure: status.awayUnsure,
    });
  };

  // Calls, presenting, do-not-disturb: read at the scheduler's own wake-ups, with the user's switches.
  let services: Services | null = null;
  const presence = createCachedPresenceSource(choosePresenceProbes(process.platform, process.env), {
    switches: () => services?.settings.get().presence ?? DEFAULT_PRESENCE_SWITCHES,
    log: (m) => log(m),
  });

  services = await createServices({
    userDataDir: app.getPath('userData'),
    createSettingsBackend: electronStoreBackend,
    appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform, capabilities, logFile: logFile.path },
    broadcast: (event, payload) => mainWindow.send(event, payload),
    openExternal: (url) => openVettedExternal(url).then(() => {}),
    onRendererReady: () => mainWindow.markPageReady(),
    notifier,
    reminderWindow,
    presence,
    idle: { idleSeconds: systemIdleSeconds },
    onBreakStatus: showTrayStatus,
    onOpenSession: () => mainWindow.show({ focus: services?.settings.get().sessionWindowTakesFocus ?? false }),
    saveFile: saveExport,
    log,
  });
  registerIpcGate(services.dispatch, () => {
    const ids = new Set(mainWindow.webContentsIds);
    if (reminderWindow.webContentsId !== null) ids.add(reminderWindow.webContentsId);
    return ids;
  });
  const stopWatchingPower = watchPower((event) => services.breaks.powerEvent(event));

  const breaks = services.breaks;
  const disposeShortcuts = setupGlobalShortcuts({
    settings: services.settings,
    warn: (id, message) => services.notices.add({ id, level: 'warning', message }),
    toggleFocus: () => breaks.toggleFocus(),
    startSession: () => breaks.startNow(),
  });

  const tell = (notice: Notice) => services.notices.add(notice);
  const applyTheme = () => {
    nativeTheme.themeSource = services.settings.get().theme;
  };
  applyTheme();
  services.settings.onChange(applyTheme);
  void setupStartAtLogin({ settings: services.settings, tell, log });
  setupDesktopEntry(
    { platform: process.platform, env: process.env, isPackaged: app.isPackaged, execPath: process.execPath, appPath: app.getAppPath(), iconSource: paths.notificationIcon },
    log,
  );

  const openView = (view: 'home' | 'settings') => {
    services.navigate(view);
    mainWindow.show();
  };

  tray = setupTray({
    iconPath: paths.trayIcon,
    actions: {
      startSession: () => breaks.startNow(),
      snooze: () => void breaks.snooze(),
      pause: (choice) => breaks.pause(choice),
      resume: () => breaks.resume(),
      toggleFocus: () => breaks.toggleFocus(),
      openSettings: () => openView('settings'),
      openWindow: () => mainWindow.show(),
      quit: () => app.quit(),
      moved: () => breaks.moved(),
      wasAway: () => breaks.wasAway(),
    },
    mainWindow,
    tell,
    userDataDir: app.getPath('userData'),
    log,
  });
  showTrayStatus(breaks.status());

  app.on('activate', () => mainWindow.show());
  // The app lives in the tray: closing the window must not quit it.
  app.on('window-all-closed', () => {});
  setupQuit({
    releaseWindows: [
      ['main window', () => mainWindow.allowClose()],
      ['reminder window', () => reminderWindow.destroy()],
    ],
    dispose: [
      ['power events', stopWatchingPower],
      ['shortcuts', disposeShortcuts],
      ['services', () => services.dispose()],
      ['presence', () => presence.dispose()],
      ['notifier', () => notifier.dispose()],
      ['tray', () => tray?.dispose()],
    ],
    log,
  });

  // The e2e suite's handle on main (Electron backend only): what the tray would do.
  if (process.env['LIMBER_E2E'] === '1') {
    (globalThis as { __limberE2E?: unknown }).__limberE2E = {
      navigate: (view: 'home' | 'settings') => services.navigate(view),
      openSession: (routineId: string) => services.breaks.startNow(routineId),
    };
  }

  // The launch's own options (a plain launch shows the window), then those of later launches.
  setupCommandLine(
    launch,
    {
      startSession: (routineId) => breaks.startNow(routineId ?? undefined),
      pause: (choice) => breaks.pause(choice),
      resume: () => breaks.resume(),
      setFocus: (on) => breaks.setFocus(on),
      statusLine: () => scheduleLine(breaks.status()),
      showWindow: () => mainWindow.show(),
    },
    log,
  );
  // Without a tray, a launch that stays hidden (--hidden, a login item) still leaves a minimised
  // window in the dock; a shown window is left as it is.
  void tray.first.then((found) => {
    if (!found) mainWindow.showInBackground();
  });
}
