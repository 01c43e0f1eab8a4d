import { join, sep } from 'node:path';

/** Every file main loads from its own build, from the folder main.js runs in (dist/main). */
export interface AppPaths {
  /** The sandboxed preload bundle. */
  preload: string;
  /** What app://limber/ serves: the Vite build. */
  rendererRoot: string;
  trayIcon: string;
  /**
   * notify-send and node-notifier's helpers run outside Electron and cannot read inside the asar,
   * so they get the unpacked copy (electron-builder.yml's asarUnpack).
   */
  notificationIcon: string;
}

export function appPaths(mainDir: string, platform: NodeJS.Platform = process.platform): AppPaths {
  const assets = join(mainDir, 'assets');
  return {
    preload: join(mainDir, '..', 'preload', 'preload.cjs'),
    rendererRoot: join(mainDir, '..', 'renderer'),
    // macOS: a 16 px template (Electron takes trayTemplate@2x.png beside it on Retina); Windows: an
    // ICO with 16 and 32 px images; elsewhere the 32 px PNG (scripts/tray-icons.mjs makes them).
    trayIcon: join(assets, platform === 'darwin' ? 'trayTemplate.png' : platform === 'win32' ? 'tray.ico' : 'tray.png'),
    notificationIcon: join(assets, 'tray.png').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`),
  };
}
