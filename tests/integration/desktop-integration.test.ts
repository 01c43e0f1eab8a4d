// Linux desktop integration against real OS parts: the autostart entry as desktop-file-validate
// reads it, the tray-host check on a private session bus, and the Flatpak Background portal request
// as it reaches the bus (no portal runs here: the call is captured, and its failure is reported).
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP_FILE, ensureDesktopEntry } from '../../electron/main/desktop-entry';
import { requestBackground } from '../../electron/main/flatpak-background';
import { setFailureLog } from '../../electron/base/common/os-failure';
import { watchTrayHost } from '../../electron/main/tray-fallback';
import { nameHasOwner, STATUS_NOTIFIER_WATCHER, trayHostAvailable } from '../../electron/main/tray-host';
import { autostartDir, loginCommand, XdgAutostart } from '../../electron/main/xdg-autostart';
import { desktopWords } from '../../electron/main/desktop-words';
import { ProcessGroup, requireBinaries, run, startBus, waitFor } from './desktop-session';

const BINARIES = {
  'desktop-file-validate': 'desktop-file-utils',
  'dbus-daemon': 'dbus-daemon',
  'dbus-monitor': 'dbus-bin',
  'dbus-send': 'dbus-bin',
  gdbus: 'libglib2.0-bin',
};

const group = new ProcessGroup();
process.once('exit', () => group.killSync());
let env: NodeJS.ProcessEnv;
let monitorOutput: () => string;

describe.runIf(process.platform === 'linux')('Linux desktop integration (private D-Bus, desktop-file-validate)', () => {
  beforeAll(async () => {
    requireBinaries(BINARIES, 'The desktop integration test');
    const address = await startBus(group, 'desktop-bus');
    env = { PATH: process.env.PATH, DBUS_SESSION_BUS_ADDRESS: address, HOME: group.dir, LANG: 'C.UTF-8' };
    const monitor = group.spawn(
      'dbus-monitor',
      'dbus-monitor',
      ['--address', address, "type='method_call',interface='org.freedesktop.portal.Background'"],
      env,
    );
    await waitFor('dbus-monitor to start capturing', () => (monitor.output.includes('member=NameLost') ? true : undefined));
    monitorOutput = () => monitor.output;
  });

  afterAll(async () => {
    await group.stopAll();
  });

  it('writes an autostart entry that desktop-file-validate accepts, running the app with --hidden, and removes it', async () => {
    const configHome = mkdtempSync(join(group.dir, 'config-'));
    const dir = autostartDir({ XDG_CONFIG_HOME: configHome });
    const autostart = new XdgAutostart(dir);
    // An AppImage in a folder with a space, a quote and a dollar: the Exec quoting is put to work.
    const command = loginCommand({ APPIMAGE: `${group.dir}/My "Apps"/$Limber 100%.AppImage` }, '/opt/Limber/limber');
    // The words in every language, as main writes them (Comment[de]=… must validate too).
    const result = await autostart.enable({ name: 'Limber', ...desktopWords(), command, icon: 'limber' });
    expect(result).toEqual({ ok: true, changed: true, path: join(configHome, 'autostart', 'limber.desktop') });

    const validation = await run('desktop-file-validate', [autostart.path], env);
    expect(validation, `${validation.stdout}${validation.stderr}`).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const exec = /^Exec=(.*)$/m.exec(readFileSync(autostart.path, 'utf8'))?.[1];
    expect(exec).toBe(`"${group.dir}/My \\\\"Apps\\\\"/\\\\$Limber 100%%.AppImage" --hidden`);

    expect(await autostart.disable()).toMatchObject({ ok: true, changed: true });
    expect(existsSync(autostart.path)).toBe(false);
  });

  it("the desktop file an AppImage writes for its Wayland app_id passes desktop-file-validate", async () => {
    const dataHome = mkdtempSync(join(group.dir, 'data-'));
    const icon = join(dataHome, 'icon.png');
    writeFileSync(icon, 'png');
    const result = await ensureDesktopEntry({
      platform: 'linux',
      env: { APPIMAGE: `${group.dir}/My Apps/Limber 100%.AppImage`, XDG_DATA_HOME: dataHome, XDG_DATA_DIRS: join(dataHome, 'none') },
      isPackaged: true,
      execPath: '/tmp/.mount_x/limber',
      appPath: '/tmp/.mount_x/resources/app.asar',
      iconSource: icon,
    });
    expect(result).toBe('written');
    const validation = await run('desktop-file-validate', [join(dataHome, 'applications', DESKTOP_FILE)], env);
    expect(validation, `${validation.stdout}${validation.stderr}`).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('finds no tray host on a bus without a StatusNotifierWatcher, and answers for names that are owned', async () => {
    expect(await nameHasOwner('org.freedesktop.DBus', env)).toBe(true);
    expect(await nameHasOwner(STATUS_NOTIFIER_WATCHER, env)).toBe(false);
    expect(await trayHostAvailable('linux', env)).toBe(false);
    // Windows and macOS always have a tray; they are never asked.
    expect(await trayHostAvailable('win32', {})).toBe(true);
  });

  it('without a tray host keeps the window in the dock, keeps looking, and tells the user once after the grace, across restarts', async () => {
    const userDataDir = mkdtempSync(join(group.dir, 'profile-'));
    const told: string[] = [];
    const seen: string[] = [];
    const timing = { fastMs: 50, fastForMs: 10_000, slowMs: 50, noticeAfterMs: 300 };
    const start = (platform: NodeJS.Platform) =>
      watchTrayHost({
        platform,
        env,
        userDataDir,
        timing,
        onHost: () => seen.push('host'),
        onNoHost: () => seen.push('no host'),
        tell: (notice) => told.push(notice.id),
        log: () => {},
      });
    const first = start('linux');
    expect(await first.first).toBe(false);
    // Not told at once: a host may still be starting.
    expect(told).toEqual([]);
    await waitFor('the no-tray notice', () => (told.length > 0 ? true : undefined));
    first.dispose();
    const second = start('linux'); // the next launch
    expect(await second.first).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 500));
    second.dispose();
    expect(seen).toEqual(['no host', 'no host']);
    expect(told).toEqual(['no-tray']);
    // With a tray (Windows here), the tray is made at once and nothing is said.
    const withTray = start('win32');
    expect(await withTray.first).toBe(true);
    withTray.dispose();
    expect(seen.at(-1)).toBe('host');
    expect(told).toEqual(['no-tray']);
  });

  it('is quick and says "unknown" (null) when there is no bus at all', async () => {
    const started = Date.now();
    expect(await nameHasOwner(STATUS_NOTIFIER_WATCHER, { PATH: process.env.PATH, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' })).toBeNull();
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('sends the Flatpak Background request with autostart and the login command, and reports a missing portal', async () => {
    const failures: string[] = [];
    setFailureLog((line) => failures.push(line));
    const problem = await requestBackground(
      { autostart: true, reason: 'Limber reminds you to stretch.', commandline: ['/app/limber/limber', '--hidden'] },
      env,
    ).finally(() => setFailureLog(() => {}));
    // The sentence in the person's words; gdbus's own (ServiceUnknown) in the diagnostics log.
    expect(problem).toBe("The desktop portal did not accept the login item: its own explanation is in Limber's log");
    expect(failures.join('\n')).toMatch(/desktop portal background request: .*ServiceUnknown/);
    const call = await waitFor('the RequestBackground call on the bus', () =>
      /member=RequestBackground\n[\s\S]*?(?=\n(?:method call|signal|$))/.exec(monitorOutput())?.[0],
    );
    expect(call).toMatch(/string "autostart"\n\s+variant\s+boolean true/);
    expect(call).toMatch(/string "commandline"\n\s+variant\s+array \[\n\s+string "\/app\/limber\/limber"\n\s+string "--hidden"/);
    expect(call).toMatch(/string "reason"\n\s+variant\s+string "Limber reminds you to stretch\."/);
  });
});

describe.runIf(process.platform !== 'linux')('Linux desktop integration', () => {
  it('runs on Linux only', () => {
    console.warn(`[desktop-integration] NOT RUN: needs Linux (this is ${process.platform}).`);
  });
});
