// Stock GNOME has no tray: Limber must stay reachable without one. When no tray host is found the
// main window keeps its dock/taskbar entry (closing minimises it), a relaunch shows it (main.ts's
// second-instance handler), and the user is told once how to get a tray.
import { mkdir, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice } from '../shell/common/app-channels';
import type { MainWindow } from './main-window';
import { NO_TRAY_NOTICE, trayHostAvailable } from './tray-host';

const TOLD_MARKER = 'told-no-tray';

/** Resolves whether a tray host was found. Never rejects. */
export async function setupTrayFallback(options: {
  platform: NodeJS.Platform;
  mainWindow: Pick<MainWindow, 'keepInTaskbar'>;
  /** Shows a notice to the user (the notice board: now, or when the page is ready). */
  tell: (notice: Notice) => void;
  userDataDir: string;
  log: (message: string) => void;
  /** Where the session bus is found (tests use a private one). */
  env?: NodeJS.ProcessEnv;
}): Promise<boolean> {
  if (await trayHostAvailable(options.platform, options.env)) return true;
  options.mainWindow.keepInTaskbar();
  options.log('no tray host on the session bus: the window stays in the dock');
  const marker = join(options.userDataDir, TOLD_MARKER);
  const told = await access(marker).then(
    () => true,
    () => false,
  );
  if (!told) {
    options.tell({ id: 'no-tray', level: 'info', message: NO_TRAY_NOTICE });
    // Remembered as soon as it is queued; a lost marker only means the note comes once more.
    await mkdir(options.userDataDir, { recursive: true })
      .then(() => writeFile(marker, `${new Date().toISOString()}\n`))
      .catch(() => undefined);
  }
  return false;
}
