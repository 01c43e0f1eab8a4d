import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  autostartDesktopEntry,
  autostartDir,
  execLine,
  loginCommand,
  XdgAutostart,
  type AutostartEntry,
} from '../../../electron/main/xdg-autostart';
import { requestBackgroundArgs } from '../../../electron/main/flatpak-background';

const entry: AutostartEntry = {
  name: 'Limber',
  comment: 'Stretch and posture reminders',
  command: ['/opt/Limber/limber', '--hidden'],
  icon: 'limber',
};

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
const tempDir = async () => {
  const d = await mkdtemp(join(tmpdir(), 'limber-autostart-'));
  dirs.push(d);
  return d;
};

describe('the autostart entry', () => {
  it('runs the app with --hidden', () => {
    expect(autostartDesktopEntry(entry)).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Name=Limber',
        'Comment=Stretch and posture reminders',
        'Exec=/opt/Limber/limber --hidden',
        'Icon=limber',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
  });
  it('runs the AppImage file itself when there is one, else the executable', () => {
    expect(loginCommand({ APPIMAGE: '/home/a/Apps/Limber.AppImage' }, '/tmp/.mount_Limber/limber')).toEqual([
      '/home/a/Apps/Limber.AppImage',
      '--hidden',
    ]);
    expect(loginCommand({}, '/opt/Limber/limber')).toEqual(['/opt/Limber/limber', '--hidden']);
  });
  it('quotes and escapes Exec arguments as the Desktop Entry spec asks', () => {
    // Reserved characters force quotes; inside them ", `, $ and \ are backslashed, then the string
    // value escapes the backslashes once more. % is doubled.
    expect(execLine(['/home/a b/My Apps/Limber.AppImage', '--hidden'])).toBe('"/home/a b/My Apps/Limber.AppImage" --hidden');
    expect(execLine(['/x/$HOME`id`"q"\\z', '100%'])).toBe('"/x/\\\\$HOME\\\\`id\\\\`\\\\"q\\\\"\\\\\\\\z" 100%%');
    expect(() => execLine([])).toThrow(/executable/);
  });
  it('keeps names on one line, so no text can add keys', () => {
    const text = autostartDesktopEntry({ ...entry, name: 'Limber\nExec=/bin/evil' });
    expect(text.split('\n').filter((l) => l.startsWith('Exec='))).toEqual(['Exec=/opt/Limber/limber --hidden']);
  });
  it('lives in $XDG_CONFIG_HOME/autostart, ~/.config/autostart by default', () => {
    expect(autostartDir({ XDG_CONFIG_HOME: '/cfg' }, '/home/a')).toBe('/cfg/autostart');
    expect(autostartDir({}, '/home/a')).toBe('/home/a/.config/autostart');
    expect(autostartDir({ XDG_CONFIG_HOME: 'relative' }, '/home/a')).toBe('/home/a/.config/autostart');
  });
});

describe('XdgAutostart', () => {
  it('writes the entry when on and removes it when off', async () => {
    const dir = join(await tempDir(), 'autostart');
    const autostart = new XdgAutostart(dir);
    expect(await autostart.enable(entry)).toEqual({ ok: true, changed: true, path: join(dir, 'limber.desktop') });
    expect(await readFile(join(dir, 'limber.desktop'), 'utf8')).toBe(autostartDesktopEntry(entry));
    expect((await stat(join(dir, 'limber.desktop'))).mode & 0o777).toBe(0o644);
    expect(await autostart.enable(entry)).toMatchObject({ ok: true, changed: false });
    expect(await autostart.disable()).toMatchObject({ ok: true, changed: true });
    await expect(stat(join(dir, 'limber.desktop'))).rejects.toThrow(/ENOENT/);
    expect(await autostart.disable()).toMatchObject({ ok: true, changed: false });
  });
  it('reports a file system that refuses instead of throwing', async () => {
    const dir = await tempDir();
    const readOnly = { ...fs, writeFile: () => Promise.reject(new Error('EROFS: read-only file system')) };
    const result = await new XdgAutostart(dir, readOnly).enable(entry);
    expect(result).toEqual({ ok: false, path: join(dir, 'limber.desktop'), message: 'EROFS: read-only file system' });
  });
});

describe('the Flatpak Background portal request', () => {
  it('asks for autostart with the login command line, in GVariant text', () => {
    const args = requestBackgroundArgs({ autostart: true, reason: "Limber's reminders", commandline: ['limber', '--hidden'] });
    expect(args.slice(0, 6)).toEqual([
      'call',
      '--session',
      '--timeout=5',
      '--dest=org.freedesktop.portal.Desktop',
      '--object-path=/org/freedesktop/portal/desktop',
      '--method=org.freedesktop.portal.Background.RequestBackground',
    ]);
    expect(args[6]).toBe(''); // no parent window
    expect(args[7]).toBe(
      "{'reason': <'Limber\\'s reminders'>, 'autostart': <true>, 'commandline': <@as ['limber', '--hidden']>, 'dbus-activatable': <false>}",
    );
  });
});
