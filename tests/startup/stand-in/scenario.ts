// Drives the built main.js through a whole life under the stand-in Electron: it becomes ready,
// serves app:// through main's own handler, calls IPC through main's own gate, presses the tray,
// the shortcuts and a second launch, then quits. What it saw is written to the report file on exit;
// the start-up test judges it.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFile, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { app, BrowserWindow, globalShortcut, ipcMain, Menu, powerMonitor, protocol, Tray } from './electron';
import { calls, callsTo } from './journal';
import { lateTray, noTray } from './desktop-scenarios';
import { language } from './language-scenario';
import { hiddenWindow } from './hidden-window-scenario';
import { report, sleep, waitFor, writeReport } from './scenario-kit';

const env = process.env;

async function serve(url: string) {
  const handler = protocol.handlers.get('app');
  if (!handler) return { url, status: -1 };
  const response = await handler(new Request(url));
  return {
    url,
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: (await response.text()).slice(0, 4000),
  };
}

function invoke(channel: string, args: unknown[], frameUrl = 'app://limber/index.html') {
  const handler = ipcMain.handlers.get(channel);
  const contents = BrowserWindow.all[0]?.webContents;
  if (!handler || !contents) return Promise.resolve({ missing: channel });
  return Promise.resolve(handler({ sender: contents, senderFrame: { url: frameUrl } }, ...args));
}

type MenuItem = { label?: string; submenu?: MenuItem[]; click?: () => void };
function clickTray(...labels: string[]): void {
  let items = (Tray.all[0]?.menu?.template ?? []) as MenuItem[];
  for (const [i, label] of labels.entries()) {
    const item = items.find((it) => it.label === label);
    if (!item) throw new Error(`no tray item ${labels.slice(0, i + 1).join(' > ')}`);
    if (i === labels.length - 1) item.click?.();
    else items = item.submenu ?? [];
  }
}

async function secondLaunch(additionalData: unknown): Promise<string | null> {
  app.emit('second-instance', {}, ['limber'], '/', additionalData);
  const replyId = (additionalData as { replyId?: string } | null)?.replyId;
  if (!replyId) return null;
  const file = join(app.getPath('userData'), 'cli-replies', `${replyId}.txt`);
  for (let i = 0; i < 250; i++) {
    const text = await promisify(readFile)(file, 'utf8').catch(() => null);
    if (text !== null) return text;
    await sleep(20);
  }
  return null;
}

async function fullLife(): Promise<void> {
  report['beforeReady'] = calls.map((c) => c.api);
  app.becomeReady();
  // A second launch while main is still starting: it must be answered once main is up.
  const early = secondLaunch({ limberCli: 1, args: ['--status'], replyId: randomUUID() });
  await waitFor('main to finish starting', () => app.listenerCount('before-quit') > 0);
  report['earlySecondLaunch'] = await early;
  const main = BrowserWindow.all[0];
  report['windowsAtStart'] = BrowserWindow.all.map((w) => ({
    options: w.options,
    loaded: w.loaded,
    visible: w.visible,
  }));

  const index = await serve('app://limber/index.html');
  const script = /src="(?:\.?\/)?([^"]+\.js)"/.exec(index.body ?? '')?.[1];
  report['served'] = [
    index,
    script ? await serve(`app://limber/${script}`) : { url: 'no script in index.html', status: -1 },
    await serve('app://limber/no-such-file.js'),
    await serve('app://limber/%2e%2e/%2e%2e/package.json'),
    await serve('app://limber/..%2f..%2fpackage.json'),
    await serve('app://elsewhere/index.html'),
  ];

  report['ipcChannels'] = [...ipcMain.handlers.keys()];
  report['ipcListeners'] = [...ipcMain.listeners];
  report['ipc'] = {
    trusted: await invoke('app:get-info', []),
    foreignFrame: await invoke('app:get-info', [], 'https://evil.example/'),
    ready: await invoke('app:renderer-ready', []),
    openVetted: await invoke('app:open-external', ['https://www.nhs.uk/conditions/sciatica/?from=limber']),
    openUnvetted: await invoke('app:open-external', ['https://github.com/']),
  };
  const openHandler = main?.webContents.windowOpenHandler;
  report['windowOpen'] = [
    openHandler?.({ url: 'https://medlineplus.gov/a b' }),
    openHandler?.({ url: 'https://evil.example/' }),
  ];
  await sleep(50);
  report['openedExternally'] = callsTo('shell.openExternal').map((c) => c.args[0]);

  report['trayIcon'] = Tray.all.map((t) => t.image.path);
  report['trayMenu'] = Tray.all[0]?.menu?.template;
  clickTray('Pause', 'For 30 minutes');
  report['trayAfterPause'] = Tray.all[0]?.tooltip;
  clickTray('Resume reminders');
  report['trayAfterResume'] = Tray.all[0]?.tooltip;

  report['shortcutsAtStart'] = [...globalShortcut.held.keys()];
  await invoke('settings:update', [{ startShortcut: 'CommandOrControl+Alt+Shift+G' }]);
  report['shortcutsAfterSetting'] = [...globalShortcut.held.keys()];
  main?.hide();
  globalShortcut.held.get('CommandOrControl+Alt+Shift+G')?.();
  report['afterStartShortcut'] = {
    visible: main?.visible,
    sent: main?.webContents.sent.filter(([channel]) => channel === 'session:open'),
  };
  // A session opened from the tray while the window is minimised and the person types elsewhere:
  // the default is never to take the keyboard.
  main?.minimize();
  const flashesBefore = callsTo('window.flashFrame').length;
  clickTray('Start stretch session now');
  report['sessionWhileMinimised'] = {
    focused: main?.focused,
    flashed: callsTo('window.flashFrame')
      .slice(flashesBefore)
      .map((c) => c.args[0]),
  };

  main?.hide();
  report['secondLaunch'] = {
    focusOn: await secondLaunch({ limberCli: 1, args: ['--focus', 'on'], replyId: randomUUID() }),
    status: await secondLaunch({ limberCli: 1, args: ['--status'], replyId: randomUUID() }),
    nonsense: await secondLaunch({ limberCli: 1, args: ['--pause', 'forever'], replyId: randomUUID() }),
    visibleAfterCommands: main?.visible,
  };
  await secondLaunch(undefined);
  report['secondLaunch'] = { ...(report['secondLaunch'] as object), visibleAfterPlainLaunch: main?.visible };
  // An import: main's own open dialog, main reads the chosen file (LIMBER_STAND_IN_OPEN_FILE); the
  // page sends no text, and text sent anyway is refused.
  report['import'] = {
    preview: await invoke('history:preview-import', []),
    withText: await invoke('history:preview-import', ['{"app":"limber","format":1}']),
    dialogs: callsTo('dialog.showOpenDialog').map((c) => ({ phase: c.phase, options: c.args[0] })),
  };
  // A shared routine is asked for in a dialog of its own, not the export's.
  await invoke('routines:preview-import', []);
  report['routineImportDialog'] = callsTo('dialog.showOpenDialog').at(-1)?.args[0];
  report['applicationMenu'] = Menu.applicationMenu;
  report['settingsAtEnd'] = await invoke('settings:get', []);
  await clinicianSummary();

  app.quit();
  report['afterQuit'] = {
    powerListeners: ['suspend', 'resume', 'lock-screen', 'unlock-screen'].map((e) => powerMonitor.listenerCount(e)),
    shortcutsHeld: [...globalShortcut.held.keys()],
    traysDestroyed: Tray.all.map((t) => t.destroyed),
    windowsClosed: BrowserWindow.all.map((w) => w.isDestroyed()),
  };
  report['quitAt'] = Date.now();
  writeReport();
}

/** The clinician's summary (issue 22): printed in a hidden window, saved where the person picks, opened. */
async function clinicianSummary(): Promise<void> {
  const dir = join(app.getPath('userData'), 'saved');
  mkdirSync(dir, { recursive: true });
  const firstNew = BrowserWindow.all.length;
  env['LIMBER_STAND_IN_SAVE_DIR'] = dir;
  const saved = (await invoke('history:save-summary', [])) as { ok: boolean; value?: string | null };
  delete env['LIMBER_STAND_IN_SAVE_DIR'];
  const opened = await invoke('history:open-summary', []);
  const cancelled = await invoke('history:save-summary', []);
  const path = saved.value ?? '';
  report['summary'] = {
    saved,
    opened,
    cancelled,
    openedPaths: callsTo('shell.openPath').map((c) => c.args[0]),
    file: path ? { mode: statSync(path).mode & 0o777, head: readFileSync(path, 'latin1').slice(0, 8) } : null,
    printWindows: BrowserWindow.all.slice(firstNew).map((w) => ({
      options: w.options,
      destroyed: w.isDestroyed(),
      page: decodeURIComponent(w.loaded[0]?.replace(/^data:text\/html;charset=utf-8,/, '') ?? ''),
    })),
    printed: callsTo('webContents.printToPDF').map((c) => c.args[0]),
  };
}

/** Start with the launch's own options, see what main did with them, quit. */
async function launchOnly(): Promise<void> {
  app.becomeReady();
  await waitFor('main to finish starting', () => app.listenerCount('before-quit') > 0);
  report['windowsAtStart'] = BrowserWindow.all.map((w) => ({
    options: w.options,
    loaded: w.loaded,
    visible: w.visible,
  }));
  app.quit();
  report['quitAt'] = Date.now();
}

// After main.js's top-level code has run (it is synchronous up to app.whenReady()).
setTimeout(() => {
  const scenario = env['LIMBER_STAND_IN_SCENARIO'];
  if (scenario === 'exits') {
    // Runs that must end by themselves (--help, a bad option, a second launch): ready, then wait.
    app.becomeReady();
    return;
  }
  const run = { launch: launchOnly, 'no-tray': noTray, 'late-tray': lateTray, language, 'hidden-window': hiddenWindow }[scenario ?? ''] ?? fullLife;
  run().catch((error: unknown) => {
    report['scenarioError'] = String(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(70);
  });
}, 0);
