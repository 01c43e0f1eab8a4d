// The built main process on simulated Windows and macOS (the stand-in sets process.platform): the
// login item is read from the OS and never written at start, macOS gets its own menu and no
// menu-bar title, and a macOS login launch stays in the background.
import { beforeAll, describe, expect, it } from 'vitest';
import { appRoot } from './app-root';
import { buildStandIn, runMain } from './run-main';

interface Call {
  api: string;
  args: unknown[];
}
let standInDir = '';
beforeAll(async () => {
  standInDir = await buildStandIn();
});
const callsOf = (report: Record<string, unknown> | null, api: string) => ((report?.['calls'] ?? []) as Call[]).filter((c) => c.api === api);
const packagedOn = (platform: string, extra: Record<string, string> = {}) => ({ LIMBER_STAND_IN_PACKAGED: '1', LIMBER_STAND_IN_PLATFORM: platform, ...extra });

describe.each(['win32', 'darwin'])('packaged on %s', (platform) => {
  it('takes "start at login" from the OS and writes no login item at start', async () => {
    const run = await runMain({ standInDir, appRoot, scenario: 'full', env: packagedOn(platform, { LIMBER_STAND_IN_LOGIN_ITEM: 'on' }) });
    expect(run.report?.['scenarioError']).toBeUndefined();
    expect(run.report?.['violations']).toEqual([]);
    expect(run.report?.['settingsAtEnd']).toMatchObject({ ok: true, value: { startAtLogin: true } });
    expect(callsOf(run.report, 'app.getLoginItemSettings').length).toBeGreaterThan(0);
    expect(callsOf(run.report, 'app.setLoginItemSettings')).toEqual([]);
    // The tray shows the schedule in its tooltip only: a title would push the icon under the notch.
    expect(callsOf(run.report, 'tray.setTitle')).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe('packaged on macOS', () => {
  it('has the app, Edit, View (zoom) and Window (⌘M, ⌘W) menus', async () => {
    const run = await runMain({ standInDir, appRoot, scenario: 'launch', env: packagedOn('darwin') });
    const menu = callsOf(run.report, 'Menu.setApplicationMenu')[0]?.args[0] as { template: Array<{ role?: string; label?: string; submenu?: Array<{ role?: string }> }> };
    expect(menu.template.map((m) => m.role ?? m.label)).toEqual(['appMenu', 'editMenu', '&View', 'Window']);
    expect(menu.template[3]!.submenu!.map((m) => m.role)).toEqual(expect.arrayContaining(['minimize', 'close']));
    expect(menu.template[2]!.submenu!.map((m) => m.role)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
  });

  it('a launch by the login item (wasOpenedAtLogin) opens no window', async () => {
    const run = await runMain({ standInDir, appRoot, scenario: 'launch', env: packagedOn('darwin', { LIMBER_STAND_IN_OPENED_AT_LOGIN: '1' }) });
    expect(run.code).toBe(0);
    expect(run.report?.['windowsAtStart']).toEqual([]);
  });
});
