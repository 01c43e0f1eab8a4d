// The desktop file an AppImage or a checkout writes for its Wayland app_id: only its own, kept current.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESKTOP_FILE, desktopEntryText, ensureDesktopEntry, type DesktopEntryPlace } from '../../../electron/main/desktop-entry';
import { autostartDesktopEntry } from '../../../electron/main/xdg-autostart';
import { desktopWords } from '../../../electron/main/desktop-words';

async function place(appImage: string): Promise<DesktopEntryPlace & { dataHome: string; system: string }> {
  const root = await mkdtemp(join(tmpdir(), 'limber-entry-'));
  const icon = join(root, 'tray.png');
  await writeFile(icon, 'png');
  const dataHome = join(root, 'data');
  const system = join(root, 'usr-share');
  return {
    platform: 'linux',
    env: { APPIMAGE: appImage, XDG_DATA_HOME: dataHome, XDG_DATA_DIRS: system },
    isPackaged: true,
    execPath: '/tmp/.mount_Limber/limber',
    appPath: '/tmp/.mount_Limber/resources/app.asar',
    iconSource: icon,
    dataHome,
    system,
  };
}

describe('the Wayland identity desktop file', () => {
  it('follows the AppImage when it moves, and says when nothing changed', async () => {
    const p = await place('/home/a/Limber-1.AppImage');
    expect(await ensureDesktopEntry(p)).toBe('written');
    expect(await ensureDesktopEntry(p)).toBe('current');
    const moved = { ...p, env: { ...p.env, APPIMAGE: '/home/a/Apps/Limber-2.AppImage' } };
    expect(await ensureDesktopEntry(moved)).toBe('written');
    expect(await readFile(join(p.dataHome, 'applications', DESKTOP_FILE), 'utf8')).toContain('Exec=/home/a/Apps/Limber-2.AppImage\n');
  });

  it("leaves one it did not write alone: the person's own, or the installed package's", async () => {
    const mine = await place('/home/a/Limber.AppImage');
    await mkdir(join(mine.dataHome, 'applications'), { recursive: true });
    const own = '[Desktop Entry]\nType=Application\nName=My Limber\nExec=/opt/limber --hidden\n';
    await writeFile(join(mine.dataHome, 'applications', DESKTOP_FILE), own);
    expect(await ensureDesktopEntry(mine)).toBe('not ours');
    expect(await readFile(join(mine.dataHome, 'applications', DESKTOP_FILE), 'utf8')).toBe(own);

    const withDeb = await place('/home/a/Limber.AppImage');
    await mkdir(join(withDeb.system, 'applications'), { recursive: true });
    await writeFile(join(withDeb.system, 'applications', DESKTOP_FILE), '[Desktop Entry]\nExec=/opt/Limber/limber\n');
    expect(await ensureDesktopEntry(withDeb)).toBe('not ours');
  });

  it('is not needed on macOS, Windows or in a Flatpak, and a failure is a message, not a throw', async () => {
    const p = await place('/home/a/Limber.AppImage');
    expect(await ensureDesktopEntry({ ...p, platform: 'win32' })).toBe('not needed');
    expect(await ensureDesktopEntry({ ...p, env: { ...p.env, FLATPAK_ID: 'app.limber.desktop' } })).toBe('not needed');
    expect(await ensureDesktopEntry({ ...p, iconSource: '/nonexistent/icon.png' })).toMatch(/ENOENT/);
  });
});

// The desktop shows a desktop file's words in the session's language, whatever Limber's is: the
// file carries English untagged and each translation under its tag.
describe('the words desktop files carry', () => {
  const lines = (text: string) => text.split('\n');
  const expected = [
    'GenericName=Stretch reminder',
    'GenericName[de]=Dehnpausen-Erinnerung',
    'GenericName[es]=Recordatorio de estiramientos',
    'GenericName[fr]=Rappel d’étirements',
    'Comment=Stretch and posture reminders for sciatica and low-back pain',
    'Comment[de]=Dehn- und Haltungserinnerungen bei Ischias und Kreuzschmerzen',
    'Comment[es]=Recordatorios de estiramientos y postura para la ciática y el dolor lumbar',
    'Comment[fr]=Rappels d’étirements et de posture contre la sciatique et les douleurs lombaires',
  ];

  it('the Wayland identity file: GenericName and Comment in English, German, Spanish and French', () => {
    expect(lines(desktopEntryText(['/opt/Limber.AppImage'], false))).toEqual(expect.arrayContaining(expected));
  });

  it('the login entry: the same words', () => {
    const text = autostartDesktopEntry({ name: 'Limber', ...desktopWords(), command: ['/opt/Limber/limber', '--hidden'] });
    expect(lines(text)).toEqual(expect.arrayContaining(expected));
  });

  it('a translation stays on its own line', () => {
    const words = { comment: { value: 'a', translations: { de: 'b\nExec=evil' } }, genericName: { value: 'c', translations: {} } };
    expect(lines(desktopEntryText(['/opt/Limber.AppImage'], false, words)).filter((l) => l.startsWith('Exec='))).toHaveLength(1);
  });
});
