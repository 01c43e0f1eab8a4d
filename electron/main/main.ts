import { app, dialog, nativeTheme, Notification } from 'electron';
import { createServices, type Services } from '../app/create-services';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { appPaths } from './app-paths';
import { claimSingleInstance, setupCommandLine } from './command-line';
import { denyAllPermissions, hardenAllWebContents, openVettedExternal, secureWebPreferences } from './hardening';
import { registerIpcGate } from './ipc-gate';
import { hiddenWindowGrace, MainWindow } from './main-window';
import { electronStoreBackend } from './settings-backend';
import { ReminderWindow } from './reminder-window';
import { setupGlobalShortcuts } from './shortcut-settings';
import { systemIdleSeconds, watchPower } from './power';
import { scheduleLine, sittingLineOf } from './status-line';
import type { CliRequest } from '../cli/node/parse-args';
import type { BreakPlanStatus } from '../breaks/node/break-service';
import { CLOCK_GLANCE_MS } from '../breaks/node/watches';
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
import { setFailureLog, wordsOf } from '../base/common/os-failure';
import { checkCatalogue } from '../exercises/common/catalogue-check';
import { saveExport } from './save-export';
import { chooseImageFile, chooseImportFile, chooseShareFile } from './open-file';
import { openSavedFile, printSummaryToPdf } from './print-summary';
import en from '../i18n/common/generated/en.js';
import { activateCatalog, t } from '../i18n/common/translate';
import { pageUrl, switchLanguage } from './language';
import { followLanguage } from './language-change';

// Exercise names, routine labels and safety texts are read through t() when used: English until
// start-up loads the chosen language (language.ts), so nothing read earlier shows a message key.
activateCatalog('en', en);

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
// An OS's or X server's own words are kept for this log; a sentence a person reads says the kind (os-failure.ts).
setFailureLog((line) => log(line));

// Before ready: Chromium switches (speech, Wayland shortcuts) and the Windows app identity.
const capabilities = setupPlatform();

const launch = claimSingleInstance();
if (launch) {
  registerAppScheme();
  hardenAllWebContents();
  void app.whenReady().then(() => start(launch)).catch((error: unknown) => {
    log('startup failed', error);
    dialog.showErrorBox(t('main.startFailed'), wordsOf('startup', error));
    app.exit(1);
  });
}

process.on('uncaughtException', (error) => log('uncaught exception (kept running)', error));
process.on('unhandledRejection', (error) => log('unhandled rejection (kept running)', error));

async function start(launch: CliRequest): Promise<void> {
  // The exercise catalogue is checked here rather than in every window (catalogue-check.ts).
  checkCatalogue();
  log(`Limber ${app.getVersion()} starting on ${process.platform}${app.isPackaged ? '' : ' (unpackaged)'}`);
  denyAllPermissions();
  serveAppScheme(paths.rendererRoot);
  const webPreferences = secureWebPreferences(paths.preload, { devTools: !app.isPackaged });
  const closeWithoutTray = createCloseWithoutTray({ userDataDir: app.getPath('userData'), quit: () => app.quit(), log });
  let services: Services | null = null;
  const mainWindow = new MainWindow(webPreferences, {
    log,
    closeWithoutTray,
    pageUrl: (hash) => pageUrl(hash),
    ...hiddenWindowGrace(process.env),
    // Start on a reminder opens its session in this window: kept while one is up.
    mayRelease: () => services?.breaks.status().showing == null,
  });
  const reminderWindow = new ReminderWindow(webPreferences, capabilities.reminderWindowFloats, log, () => pageUrl('#reminder'));
  const notifier = chooseNotifier(process.platform, {
    appName: 'Limber',
    icon: paths.notificationIcon,
    electronNotification: Notification,
    onStrayActivation: () => mainWindow.show(),
  });

  let tray: ReturnType<typeof setupTray> | null = null;
  let language: ReturnType<typeof followLanguage> | null = null;
  const showTrayStatus = (status: BreakPlanStatus) => {
    language?.statusChanged();
    // A reminder answered may free a hidden window that waited for it.
    if (status.showing === null) mainWindow.releaseIfIdle();
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
    onWindowState: (state) => mainWindow.reportState(state),
    notifier,
    reminderWindow,
    presence,
    idle: { idleSeconds: systemIdleSeconds },
    onBreakStatus: showTrayStatus,
    clockGlanceMs: CLOCK_GLANCE_MS,
    onOpenSession: () => mainWindow.show({ focus: services?.settings.get().sessionWindowTakesFocus ?? false, forSession: true }),
    saveFile: saveExport,
    chooseImportFile,
    chooseImageFile,
    chooseShareFile,
    printToPdf: printSummaryToPdf,
    openFile: openSavedFile,
    log,
  });
  // The language (Settings, else the system's) is loaded before any menu, tray or notification speaks.
  await switchLanguage(services.settings.get().locale);
  setupAppMenu();
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
    mainWindow.show({ view });
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
  language = followLanguage({
    choice: () => services.settings.get().locale,
    rebuild: () => {
      setupAppMenu();
      showTrayStatus(breaks.status());
    },
    reloadReminderWindow: () => {
      // The reminder up now in the new words first: the reloaded page asks for it as it starts.
      breaks.rewordReminder();
      reminderWindow.reload();
    },
    // The page comes back on the view it showed (Settings, History, Safety; home after a session).
    reloadMainWindow: () => mainWindow.reloadInPlace(),
    sessionRunning: () => breaks.status().inSession,
    log,
  });
  services.settings.onChange(() => language?.settingsChanged());

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
