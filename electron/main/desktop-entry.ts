// Wayland knows an app by its app_id, which Electron takes from package.json's desktopName; GNOME's
// shortcuts portal, its notification settings and its dock then look for a desktop file of that
// name, and refuse or misfile an app that has none. The deb installs one; an AppImage and a
// development checkout (`npm start`) install nothing. So those two write their own into
// $XDG_DATA_HOME/applications, marked as Limber's, and keep it pointing at the current AppImage.
// A desktop file of that name that Limber did not write (the deb's, AppImageLauncher's, one the
// person made) is left alone.
import * as realFs from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isFreedesktop } from './desktop-environment';
import { desktopWords } from './desktop-words';
import { execLine, localizedLines } from './xdg-autostart';
import { errorMessage } from '../base/common/error-message';

export const APP_ID = 'app.limber.desktop';
export const DESKTOP_FILE = `${APP_ID}.desktop`;
const MARK = 'X-Limber-Generated=true';
/** A desktop file is small; anything longer is not read. */
const MAX_BYTES = 64 * 1024;

export interface DesktopEntryPlace {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  isPackaged: boolean;
  execPath: string;
  /** The app folder a development Electron is given (app.getAppPath()). */
  appPath: string;
  /** An icon file to copy beside the entry (the AppImage's own paths change at every start). */
  iconSource: string;
  home?: string;
}

/** What launches this copy of Limber, or null when it needs no entry of its own. */
export function launchCommand(place: DesktopEntryPlace): { command: string[]; development: boolean } | null {
  if (!isFreedesktop(place.platform) || place.env['FLATPAK_ID']) return null;
  if (place.env['APPIMAGE']) return { command: [place.env['APPIMAGE']], development: false };
  if (place.isPackaged) return null; // deb, rpm: the package installs its own
  return { command: [place.execPath, place.appPath], development: true };
}

export function desktopEntryText(command: readonly string[], development: boolean, words = desktopWords()): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=Limber${development ? ' (development)' : ''}`,
    ...localizedLines('GenericName', words.genericName),
    ...localizedLines('Comment', words.comment),
    `Exec=${execLine(command)}`,
    `Icon=${APP_ID}`,
    'Terminal=false',
    'Categories=Utility;',
    `StartupWMClass=${APP_ID}`,
    'X-GNOME-UsesNotifications=true',
    // A checkout is not an app to start from the menu; it only needs to be known by its app_id.
    ...(development ? ['NoDisplay=true'] : []),
    MARK,
    '',
  ].join('\n');
}

type Fs = Pick<typeof realFs, 'readFile' | 'writeFile' | 'mkdir' | 'rename' | 'copyFile'>;

/**
 * Writes or refreshes Limber's own entry; never touches one it did not write. Never throws: the
 * result is 'written', 'current', 'not ours', 'not needed', or what went wrong.
 */
export async function ensureDesktopEntry(place: DesktopEntryPlace, fs: Fs = realFs): Promise<string> {
  const launch = launchCommand(place);
  if (!launch) return 'not needed';
  const home = place.home ?? homedir();
  const dataHome = place.env['XDG_DATA_HOME']?.startsWith('/') ? place.env['XDG_DATA_HOME'] : join(home, '.local', 'share');
  const dataDirs = (place.env['XDG_DATA_DIRS'] || '/usr/local/share:/usr/share').split(':').filter((d) => d.startsWith('/'));
  const read = (path: string) =>
    fs.readFile(path, 'utf8').then(
      (text) => text.slice(0, MAX_BYTES),
      () => null,
    );
  try {
    // One installed elsewhere (the deb's) wins over anything written here.
    for (const dir of dataDirs) {
      const text = await read(join(dir, 'applications', DESKTOP_FILE));
      if (text !== null && !text.includes(MARK)) return 'not ours';
    }
    const target = join(dataHome, 'applications', DESKTOP_FILE);
    const current = await read(target);
    if (current !== null && !current.includes(MARK)) return 'not ours';
    const text = desktopEntryText(launch.command, launch.development);
    if (current === text) return 'current';
    const icons = join(dataHome, 'icons', 'hicolor', '32x32', 'apps');
    await fs.mkdir(icons, { recursive: true });
    await fs.copyFile(place.iconSource, join(icons, `${APP_ID}.png`));
    await fs.mkdir(join(dataHome, 'applications'), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    await fs.writeFile(temp, text, { encoding: 'utf8', mode: 0o644 });
    await fs.rename(temp, target);
    return 'written';
  } catch (error) {
    return errorMessage(error);
  }
}

/** At start: keep the entry current, and say in the log when it was written or could not be. */
export function setupDesktopEntry(place: DesktopEntryPlace, log: (message: string) => void): void {
  void ensureDesktopEntry(place).then((result) => {
    if (result !== 'current' && result !== 'not needed') log(`desktop file (Wayland app_id): ${result}`);
  });
}
