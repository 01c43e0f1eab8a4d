// The built main process on desktops that are hard on a tray app, under the stand-in Electron:
// stock GNOME with no tray host (it must still be possible to quit), a login where the tray host
// starts ten seconds after Limber (the tray must still come), and a quit whose clean-up throws.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeDialogText } from '../../electron/main/close-dialog-text';
import { appRoot } from './app-root';
import { buildStandIn, runMain } from './run-main';

interface Call {
  api: string;
  args: unknown[];
}
interface MenuItem {
  label?: string;
  role?: string;
  accelerator?: string;
  submenu?: MenuItem[];
}

let standInDir = '';
beforeAll(async () => {
  standInDir = await buildStandIn();
});

// English, as the stand-in's desktop speaks it (run-main.ts pins LANG=en_US.UTF-8).
const CLOSE_DIALOG = closeDialogText();
const noTrayHost = { LIMBER_STAND_IN_PACKAGED: '1', LIMBER_STAND_IN_TRAY_HOST: 'false' };
const apis = (report: Record<string, unknown> | null) => ((report?.['calls'] ?? []) as Call[]).map((c) => c.api);

describe('stock GNOME: no tray host at all', () => {
  it("the dash's Quit (a close of the window) asks, and Quit Limber quits: the process ends", async () => {
    const run = await runMain({ standInDir, appRoot, scenario: 'no-tray', env: { ...noTrayHost, LIMBER_STAND_IN_DIALOG_ANSWER: CLOSE_DIALOG.quit } });
    const report = run.report ?? {};
    expect(report['scenarioError']).toBeUndefined();
    expect(report['violations']).toEqual([]);
    expect(report['traysAtStart']).toBe(0);
    expect(report['windowsAtStart']).toMatchObject([{ title: 'Limber', visible: true }]);
    expect(report['dialogs']).toMatchObject([{ buttons: [CLOSE_DIALOG.keep, CLOSE_DIALOG.quit], message: CLOSE_DIALOG.message }]);
    expect(report['afterClose']).toMatchObject([{ title: 'Limber', destroyed: true }]);
    expect(apis(report)).not.toContain('app.quit cancelled');
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(0);
    expect(run.exitAfterQuitMs!).toBeLessThan(5_000);
  });

  it('keeping it running minimises the window; then Quit in the application menu (Ctrl+Q) quits', async () => {
    const run = await runMain({ standInDir, appRoot, scenario: 'no-tray', env: { ...noTrayHost, LIMBER_STAND_IN_DIALOG_ANSWER: CLOSE_DIALOG.keep } });
    const report = run.report ?? {};
    expect(report['scenarioError']).toBeUndefined();
    expect(report['violations']).toEqual([]);
    expect(report['afterClose']).toMatchObject([{ title: 'Limber', minimized: true, destroyed: false }]);
    const menu = (report['applicationMenu'] as { template: MenuItem[] }).template;
    expect(menu[0]).toMatchObject({ label: '&File', submenu: [{ role: 'quit', label: 'Quit Limber', accelerator: 'CommandOrControl+Q' }] });
    expect(report['afterMenuQuit']).toMatchObject([{ destroyed: true }]);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(0);
  });
});

describe('a tray host that starts after Limber (a login)', () => {
  it('gets the tray when it appears, hides the stand-by window, and brings no "no tray" notice', async () => {
    // The host appears at an epoch second; main's own start-up (slow on a busy machine) is not timed.
    const at = Math.ceil(Date.now() / 1000) + 12;
    const run = await runMain({
      standInDir,
      appRoot,
      scenario: 'late-tray',
      args: ['--hidden'],
      env: { LIMBER_STAND_IN_PACKAGED: '1', LIMBER_STAND_IN_TRAY_HOST_AT: String(at) },
      timeoutMs: 45_000,
    });
    const report = run.report ?? {};
    expect(report['scenarioError']).toBeUndefined();
    // No tray icon made before the host was there: Chromium would never have shown it.
    expect(report['violations']).toEqual([]);
    expect(report['traysAtStart']).toBe(0);
    // Meanwhile the window waits minimised in the dock, reachable.
    expect(report['windowsAtStart']).toMatchObject([{ title: 'Limber', minimized: true, focused: false }]);
    // The tray came once the host was there, and no later than the next checks would find it.
    expect(report['trayAt']).toBeGreaterThanOrEqual(at * 1000);
    expect(report['trayAt']).toBeLessThan(at * 1000 + 15_000);
    expect(report['trayMenu']).toBeGreaterThan(5);
    expect(report['windowsWithTray']).toMatchObject([{ title: 'Limber', visible: false }]);
    expect(report['notices']).toEqual({ ok: true, value: [] });
    expect(run.code).toBe(0);
  }, 60_000);
});

describe('a quit whose clean-up throws', () => {
  it('still quits: every other step runs and the process ends by itself', async () => {
    const run = await runMain({ standInDir, appRoot, scenario: 'full', env: { LIMBER_STAND_IN_THROW: 'powerMonitor.removeListener' } });
    const report = run.report ?? {};
    expect(report['scenarioError']).toBeUndefined();
    // The main window, and the two hidden windows the clinician's summary was printed in.
    expect(report['afterQuit']).toMatchObject({ shortcutsHeld: [], traysDestroyed: [true], windowsClosed: [true, true, true] });
    expect(run.stderr).toContain('quitting: power events failed (the quit goes on)');
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(0);
    expect(run.exitAfterQuitMs!).toBeLessThan(5_000);
  });
});

describe('a page that fails to load', () => {
  it('is logged as such, never an unhandled rejection, and the app keeps running until quit', async () => {
    const run = await runMain({ standInDir, appRoot, scenario: 'launch', env: { LIMBER_STAND_IN_LOAD_FAILS: '1' } });
    expect(run.stderr).toContain('the window could not load its page');
    expect(run.stderr).not.toMatch(/unhandled rejection/i);
    expect(run.code).toBe(0);
  });
});

describe('the desktop file that gives Limber its Wayland identity', () => {
  const entryIn = (work: string) => join(work, 'data-home', 'applications', 'app.limber.desktop.desktop');

  it('an AppImage writes its own, pointing at the AppImage, with the app_id as StartupWMClass and icon', async () => {
    const run = await runMain({ standInDir, appRoot, scenario: 'launch', args: ['--hidden'], env: { LIMBER_STAND_IN_PACKAGED: '1', APPIMAGE: '/home/a/Apps/Limber 1.0.AppImage' } });
    expect(run.code).toBe(0);
    const text = readFileSync(entryIn(run.work), 'utf8');
    expect(text).toContain('\nExec="/home/a/Apps/Limber 1.0.AppImage"\n');
    expect(text).toContain('\nStartupWMClass=app.limber.desktop\n');
    expect(text).toContain('\nIcon=app.limber.desktop\n');
    expect(existsSync(join(run.work, 'data-home', 'icons', 'hicolor', '32x32', 'apps', 'app.limber.desktop.png'))).toBe(true);
  });

  it('a development checkout (npm start) writes a hidden one; an installed deb writes none', async () => {
    const dev = await runMain({ standInDir, appRoot, scenario: 'launch', args: ['--hidden'] });
    expect(readFileSync(entryIn(dev.work), 'utf8')).toMatch(/\nExec=\S+ \S+\n[\s\S]*\nNoDisplay=true\n/);
    const deb = await runMain({ standInDir, appRoot, scenario: 'launch', args: ['--hidden'], env: { LIMBER_STAND_IN_PACKAGED: '1' } });
    expect(existsSync(entryIn(deb.work))).toBe(false);
  });
});
