// The per-platform choice for "Start Limber when I log in", with Electron's app replaced.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electronApp = vi.hoisted(() => ({ isPackaged: true, setLoginItemSettings: vi.fn(), getLoginItemSettings: vi.fn() }));
vi.mock('electron', () => ({ app: electronApp }));

const { createStartAtLogin } = await import('../../../electron/main/autostart');

const realPlatform = process.platform;
const setPlatform = (p: NodeJS.Platform) => Object.defineProperty(process, 'platform', { value: p, configurable: true });
let configHome: string;
const saved = { XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME, APPIMAGE: process.env.APPIMAGE, FLATPAK_ID: process.env.FLATPAK_ID };

beforeEach(async () => {
  configHome = await mkdtemp(join(tmpdir(), 'limber-login-'));
  process.env.XDG_CONFIG_HOME = configHome;
  delete process.env.APPIMAGE;
  delete process.env.FLATPAK_ID;
  electronApp.isPackaged = true;
  electronApp.setLoginItemSettings.mockReset();
});
afterEach(async () => {
  setPlatform(realPlatform);
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await rm(configHome, { recursive: true, force: true });
});

const entryPath = () => join(configHome, 'autostart', 'limber.desktop');

describe('start at login', () => {
  it('on Linux writes the XDG entry running the AppImage with --hidden, and removes it when turned off', async () => {
    setPlatform('linux');
    process.env.APPIMAGE = '/home/a/Limber.AppImage';
    const apply = createStartAtLogin(() => {});
    expect(await apply(true)).toBeNull();
    expect(await readFile(entryPath(), 'utf8')).toContain('\nExec=/home/a/Limber.AppImage --hidden\n');
    expect(await apply(false)).toBeNull();
    await expect(stat(entryPath())).rejects.toThrow(/ENOENT/);
    expect(electronApp.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('never writes a login item from a development checkout', async () => {
    setPlatform('linux');
    electronApp.isPackaged = false;
    expect(await createStartAtLogin(() => {})(true)).toBeNull();
    await expect(stat(entryPath())).rejects.toThrow(/ENOENT/);
    setPlatform('win32');
    await createStartAtLogin(() => {})(true);
    expect(electronApp.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('on Windows uses the login item with --hidden (Windows cannot tell a login launch otherwise); on macOS no arguments', async () => {
    for (const [platform, extra] of [
      ['win32', { args: ['--hidden'] }],
      ['darwin', {}],
    ] as const) {
      setPlatform(platform);
      electronApp.setLoginItemSettings.mockReset();
      const apply = createStartAtLogin(() => {});
      await apply(true);
      await apply(false);
      expect(electronApp.setLoginItemSettings.mock.calls).toEqual([[{ openAtLogin: true, ...extra }], [{ openAtLogin: false, ...extra }]]);
    }
    await expect(stat(entryPath())).rejects.toThrow(/ENOENT/);
  });

  it('says what went wrong when the entry cannot be written, and tries again next time', async () => {
    setPlatform('linux');
    // A config folder that is a file: nothing can be created under it (even as root).
    const notAFolder = join(configHome, 'not-a-folder');
    await writeFile(notAFolder, '');
    process.env.XDG_CONFIG_HOME = notAFolder;
    const apply = createStartAtLogin(() => {});
    expect(await apply(true)).toBe(`Limber could not create ${notAFolder}/autostart/limber.desktop: ENOTDIR: not a directory, mkdir '${notAFolder}/autostart'`);
    process.env.XDG_CONFIG_HOME = configHome;
    expect(await apply(true)).toBeNull();
    expect(await readFile(entryPath(), 'utf8')).toContain('--hidden');
  });
});
