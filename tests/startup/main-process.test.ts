import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../electron/ipc/common/contract';
import { appPaths } from '../../electron/main/app-paths';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { appRoot, mainDir } from './app-root';
import { buildStandIn, runMain, type MainRun } from './run-main';
import { AFTER_READY_ONLY, BEFORE_READY_ONLY, type Call, type MenuItem, type Served } from './report-shapes';

/** An export with one walk and a start shortcut: a system-wide effect the preview must list. */
const IMPORT = {
  app: 'limber',
  format: 1,
  settings: { startShortcut: 'CommandOrControl+Alt+Shift+H' },
  history: [{ id: '00000000-0000-4000-8000-000000000001', v: 1, at: '2026-11-24T09:00:00.000Z', kind: 'walk', minutes: 5 }],
};

let standInDir = '';
beforeAll(async () => {
  standInDir = await buildStandIn();
});

describe.each([
  ['unpackaged', false],
  ['packaged', true],
])('the built main process, %s, under a stand-in Electron', (_label, packaged) => {
  let run: MainRun;
  let report: Record<string, unknown>;
  const calls = () => report['calls'] as Call[];
  beforeAll(async () => {
    // The packaged run's person chooses an export in main's open dialog; the unpackaged one cancels.
    const importFile = join(await mkdtemp(join(tmpdir(), 'limber-import-')), 'limber.json');
    await writeFile(importFile, JSON.stringify(IMPORT));
    run = await runMain({
      standInDir,
      appRoot,
      scenario: 'full',
      env: packaged ? { LIMBER_STAND_IN_PACKAGED: '1', LIMBER_STAND_IN_OPEN_FILE: importFile } : {},
    });
    report = run.report ?? {};
  });

  it('starts, runs and quits without an exception, an unhandled rejection or an error box', () => {
    expect(report['scenarioError']).toBeUndefined();
    expect(run.timedOut).toBe(false);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/uncaught exception|unhandled rejection|startup failed|Error:/i);
    expect(calls().filter((c) => c.api === 'dialog.showErrorBox' || c.api === 'app.exit')).toEqual([]);
  });

  it("keeps Electron's order: scheme, paths and the lock before ready; windows, tray, shortcuts, power and protocol after", () => {
    expect(report['violations']).toEqual([]);
    for (const api of BEFORE_READY_ONLY)
      expect(
        calls().some((c) => c.api === api && c.phase === 'before-ready'),
        api,
      ).toBe(true);
    for (const api of AFTER_READY_ONLY)
      expect(
        calls().some((c) => c.api === api && c.phase === 'after-ready'),
        api,
      ).toBe(true);
  });

  it('finds every file it uses in the build', () => {
    const paths = appPaths(mainDir);
    for (const [name, path] of Object.entries(paths) as Array<[string, string]>)
      expect(existsSync(path), `${name}: ${path}`).toBe(true);
    expect(existsSync(join(paths.rendererRoot, 'index.html'))).toBe(true);
    const windows = report['windowsAtStart'] as Array<{ options: { webPreferences: { preload: string } } }>;
    expect(windows[0]?.options.webPreferences.preload).toBe(paths.preload);
    expect(report['trayIcon']).toEqual([paths.trayIcon]);
  });

  it('gives its window the hardened web preferences, DevTools only when unpackaged', () => {
    const windows = report['windowsAtStart'] as Array<{
      options: { webPreferences: unknown };
      loaded: string[];
      visible: boolean;
    }>;
    expect(windows).toHaveLength(1);
    expect(windows[0]!.options.webPreferences).toEqual({
      preload: appPaths(mainDir).preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: !packaged,
    });
    // The page opens in main's language (the stand-in's desktop is en_US).
    expect(windows[0]!.loaded).toEqual(['app://limber/index.html?locale=en&region=US']);
    expect(windows[0]!.visible).toBe(true);
    // Its own menu: Quit, zoom and the window keys; the developer items only when unpackaged.
    const menu = (report['applicationMenu'] as { template: MenuItem[] }).template;
    expect(menu.map((m) => m.label)).toEqual(['&File', '&View', '&Window']);
    expect(menu[0]!.submenu).toEqual([{ role: 'quit', label: 'Quit Limber', accelerator: 'CommandOrControl+Q' }]);
    const view = menu[1]!.submenu!.map((m) => m.role).filter(Boolean);
    expect(view).toEqual(['resetZoom', 'zoomIn', 'zoomIn', 'zoomOut', ...(packaged ? [] : ['reload', 'toggleDevTools'])]);
    expect(menu[2]!.submenu!.map((m) => m.role)).toEqual(['minimize', 'close']);
  });

  it('serves the page and its script through app:// with the CSP, and nothing outside the renderer', () => {
    const [index, script, ...refused] = report['served'] as Served[];
    expect(index).toMatchObject({
      status: 200,
      headers: {
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'content-type': 'text/html; charset=utf-8',
        'x-content-type-options': 'nosniff',
      },
    });
    expect(index!.body).toContain('<div id="app">');
    expect(script).toMatchObject({
      status: 200,
      headers: {
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'content-type': expect.stringMatching(/javascript/) as unknown,
      },
    });
    expect(refused.map((r) => [r.url, r.status, r.body])).toEqual(refused.map((r) => [r.url, 404, 'Not found']));
    expect(refused).toHaveLength(4);
  });

  it('registers exactly the contract channels behind the sender gate', () => {
    expect(report['ipcChannels']).toEqual(Object.keys(CHANNELS));
    // electron-store's own sendSync channel; unreachable, since the preload exposes no ipcRenderer.
    expect(report['ipcListeners']).toEqual(['electron-store-get-data']);
    const ipc = report['ipc'] as Record<string, { ok: boolean; value?: unknown; error?: { code: string } }>;
    expect(ipc['trusted']).toMatchObject({ ok: true, value: { name: 'Limber' } });
    expect(ipc['foreignFrame']).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it("prints the clinician's summary in a hidden, script-less window, saves it 0600 where the person picks, and opens only that file", () => {
    const summary = report['summary'] as {
      saved: { ok: boolean; value: string };
      opened: { ok: boolean; value: boolean };
      cancelled: { ok: boolean; value: null };
      openedPaths: string[];
      file: { mode: number; head: string };
      printWindows: Array<{ options: { show: boolean; webPreferences: Record<string, unknown> }; destroyed: boolean; page: string }>;
      printed: unknown[];
    };
    expect(summary.saved.ok).toBe(true);
    expect(summary.saved.value).toMatch(/[/\\]saved[/\\]limber-summary-\d{4}-\d\d-\d\d\.pdf$/);
    expect(summary.file).toEqual({ mode: 0o600, head: '%PDF-1.7' });
    expect(summary.opened).toEqual({ ok: true, value: true });
    expect(summary.openedPaths).toEqual([summary.saved.value]);
    // Cancelling the save dialog saves nothing and says so (null), never "Saved".
    expect(summary.cancelled).toEqual({ ok: true, value: null });
    expect(summary.printWindows).toHaveLength(2);
    for (const w of summary.printWindows) {
      expect(w.destroyed).toBe(true);
      expect(w.options.show).toBe(false);
      expect(w.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
      expect(w.options.webPreferences['preload']).toBeUndefined();
      expect(w.page).toContain('<h1>Sciatica progress summary</h1>');
      expect(w.page).toContain('self-reported');
    }
    expect(summary.printed).toEqual([
      { pageSize: 'A4', preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true },
      { pageSize: 'A4', preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true },
    ]);
  });

  it('keeps its diagnostics in a log file in the data folder, and tells the page where it is', () => {
    const ipc = report['ipc'] as Record<string, { value?: { logFile?: string } }>;
    const logFile = ipc['trusted']?.value?.logFile ?? '';
    expect(logFile).toMatch(/[/\\]user-data[/\\]limber\.log$/);
    expect(run.logFile).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z Limber \S+ starting on linux/m);
  });

  it('opens only vetted links, as their parsed href, and never a new window', () => {
    const ipc = report['ipc'] as Record<string, { value?: unknown }>;
    expect(ipc['openVetted']?.value).toBe(true);
    expect(ipc['openUnvetted']?.value).toBe(false);
    expect(report['windowOpen']).toEqual([{ action: 'deny' }, { action: 'deny' }]);
    expect(report['openedExternally']).toEqual([
      'https://www.nhs.uk/conditions/sciatica/?from=limber',
      'https://medlineplus.gov/a%20b',
    ]);
  });

  it('puts the schedule and the controls in the tray menu, and they work', () => {
    const menu = report['trayMenu'] as MenuItem[];
    expect(menu[0]).toMatchObject({
      label: expect.stringMatching(/^(Stretch break|Posture check) at /) as unknown,
      enabled: false,
    });
    expect(
      menu
        .filter((m) => m.type !== 'separator')
        .map((m) => m.label)
        .slice(1),
    ).toEqual([
      expect.stringMatching(/^Sitting since /) as unknown,
      'I already moved',
      'I was away from my desk',
      'Start stretch session now',
      'Snooze',
      'Pause',
      'Resume reminders',
      'Focus mode',
      'Open Limber',
      'Settings…',
      'Quit Limber',
    ]);
    expect(menu.find((m) => m.label === 'Pause')?.submenu?.map((m) => m.label)).toEqual([
      'For 30 minutes',
      'For 1 hour',
      'Until tomorrow morning',
    ]);
    expect(report['trayAfterPause']).toMatch(/^Limber — Paused until /);
    expect(report['trayAfterResume']).toMatch(/^Limber — (Stretch break|Posture check) at /);
  });

  it('follows the shortcut settings; the start shortcut opens the break routine', () => {
    // Nothing is taken from other apps at start: both shortcuts are off until the user picks one.
    expect(report['shortcutsAtStart']).toEqual([]);
    expect(report['shortcutsAfterSetting']).toEqual(['CommandOrControl+Alt+Shift+G']);
    expect(report['afterStartShortcut']).toEqual({ visible: true, sent: [['session:open', 'stand-and-walk']] });
  });

  it('opens a session from the tray on a minimised window without taking the keyboard: it asks for attention', () => {
    expect(report['sessionWhileMinimised']).toEqual({ focused: false, flashed: [true] });
  });

  it('answers a second launch through the reply file, and shows the window for a plain one', () => {
    expect(report['earlySecondLaunch']).toMatch(/^(Stretch break|Posture check) at /);
    expect(report['secondLaunch']).toEqual({
      focusOn: 'Focus mode — reminders wait',
      status: 'Focus mode — reminders wait',
      nonsense: '--pause needs one of 30m, 1h, tomorrow. Try limber --help.',
      visibleAfterCommands: false,
      visibleAfterPlainLaunch: true,
    });
  });

  it('asks for a shared routine in a dialog titled and filtered for routines', () => {
    expect(report['routineImportDialog']).toEqual({
      title: 'Import a routine',
      defaultPath: expect.any(String) as string,
      properties: ['openFile'],
      filters: [{ name: 'Limber routine (JSON)', extensions: ['json'] }],
    });
  });

  it("imports through main's own open dialog, after ready, one .json file; the page's text is refused", () => {
    const { preview, withText, dialogs } = report['import'] as Record<string, unknown>;
    expect(dialogs).toEqual([
      {
        phase: 'after-ready',
        options: {
          title: 'Import a Limber export',
          defaultPath: expect.any(String) as string,
          properties: ['openFile'],
          filters: [{ name: 'Limber export (JSON)', extensions: ['json'] }],
        },
      },
    ]);
    expect(withText).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    if (!packaged) expect(preview).toEqual({ ok: true, value: null });
    else
      expect(preview).toMatchObject({
        ok: true,
        value: {
          ok: true,
          preview: {
            newRecords: 1,
            systemEffects: ['sets the start-session shortcut CommandOrControl+Alt+Shift+H, taken from every other app while Limber runs'],
          },
        },
      });
  });

  it('lets go of everything on quit and the process ends by itself', () => {
    expect(report['afterQuit']).toEqual({
      powerListeners: [0, 0, 0, 0],
      shortcutsHeld: [],
      traysDestroyed: [true],
      // The main window, and the two hidden windows the summary was printed in (destroyed at once).
      windowsClosed: [true, true, true],
    });
    expect(run.code).toBe(0);
    expect(run.exitAfterQuitMs).not.toBeNull();
    expect(run.exitAfterQuitMs!).toBeLessThan(5_000);
  });
});
