// "Start at login" follows the OS: the setting takes the state the OS reports at start, and the
// login item is written only when the person changes the setting. Electron's app is replaced.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electronApp = vi.hoisted(() => ({
  isPackaged: true,
  setLoginItemSettings: vi.fn(),
  getLoginItemSettings: vi.fn(),
}));
vi.mock('electron', () => ({ app: electronApp }));

const { setupStartAtLogin } = await import('../../../electron/main/login-items');
const { readStartAtLogin } = await import('../../../electron/main/autostart');

const realPlatform = process.platform;
const setPlatform = (p: NodeJS.Platform) => Object.defineProperty(process, 'platform', { value: p, configurable: true });
let configHome: string;
const savedConfigHome = process.env.XDG_CONFIG_HOME;

/** The slice of the settings service used: get, update, onChange. */
function settingsWith(startAtLogin: boolean) {
  let value = { startAtLogin };
  const listeners: Array<(s: typeof value) => void> = [];
  return {
    get: () => value,
    update: (patch: { startAtLogin: boolean }) => {
      value = { ...value, ...patch };
      for (const l of listeners) l(value);
      return { ok: true as const, value };
    },
    onChange: (l: (s: typeof value) => void) => {
      listeners.push(l);
      return () => {};
    },
  };
}
const setup = (settings: ReturnType<typeof settingsWith>) =>
  setupStartAtLogin({ settings: settings as never, tell: () => {}, log: () => {} });
const entry = () => join(configHome, 'autostart', 'limber.desktop');
const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(async () => {
  configHome = await mkdtemp(join(tmpdir(), 'limber-login-items-'));
  process.env.XDG_CONFIG_HOME = configHome;
  electronApp.setLoginItemSettings.mockReset();
  electronApp.getLoginItemSettings.mockReset();
});
afterEach(async () => {
  setPlatform(realPlatform);
  if (savedConfigHome === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = savedConfigHome;
  await rm(configHome, { recursive: true, force: true });
});

describe('start at login follows the OS', () => {
  it('Windows: switched off in Task Manager stays off; nothing is written at start', async () => {
    setPlatform('win32');
    // The run key is there, but the person disabled it in Task Manager.
    electronApp.getLoginItemSettings.mockReturnValue({ openAtLogin: true, executableWillLaunchAtLogin: false });
    const settings = settingsWith(true);
    await setup(settings);
    expect(electronApp.getLoginItemSettings).toHaveBeenCalledWith({ args: ['--hidden'] });
    expect(settings.get().startAtLogin).toBe(false);
    expect(electronApp.setLoginItemSettings).not.toHaveBeenCalled();
    // The person turns it on again in Limber: now, and only now, it is written.
    settings.update({ startAtLogin: true });
    await flush();
    expect(electronApp.setLoginItemSettings.mock.calls).toEqual([[{ openAtLogin: true, args: ['--hidden'] }]]);
  });

  it('macOS: a login item added in System Settings turns the setting on, without writing', async () => {
    setPlatform('darwin');
    electronApp.getLoginItemSettings.mockReturnValue({ openAtLogin: true, status: 'enabled' });
    const settings = settingsWith(false);
    await setup(settings);
    expect(settings.get().startAtLogin).toBe(true);
    expect(electronApp.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it.each([['Hidden=true'], ['X-GNOME-Autostart-enabled=false']])(
    'Linux: an entry the person switched off (%s) reads as off and is left as it is',
    async (line) => {
      setPlatform('linux');
      await mkdir(join(configHome, 'autostart'), { recursive: true });
      const text = `[Desktop Entry]\nType=Application\nName=Limber\nExec=/opt/Limber/limber --hidden\n${line}\n`;
      await writeFile(entry(), text);
      expect(await readStartAtLogin()).toBe(false);
      const settings = settingsWith(true);
      await setup(settings);
      expect(settings.get().startAtLogin).toBe(false);
      expect(await readFile(entry(), 'utf8')).toBe(text);
    },
  );

  it('Linux: no entry while the setting says on: the setting follows, and no entry is written', async () => {
    setPlatform('linux');
    const settings = settingsWith(true);
    await setup(settings);
    expect(settings.get().startAtLogin).toBe(false);
    await expect(readFile(entry(), 'utf8')).rejects.toThrow(/ENOENT/);
    settings.update({ startAtLogin: true });
    await flush();
    expect(await readFile(entry(), 'utf8')).toContain('--hidden');
  });

  it('a development build reads nothing and writes nothing', async () => {
    setPlatform('win32');
    electronApp.isPackaged = false;
    const settings = settingsWith(true);
    await setup(settings);
    electronApp.isPackaged = true;
    expect(settings.get().startAtLogin).toBe(true);
    expect(electronApp.getLoginItemSettings).not.toHaveBeenCalled();
  });
});
