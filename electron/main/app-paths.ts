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
    trayIcon: join(assets, platform === 'darwin' ? 'trayTemplate.png' : 'tray.png'),
    notificationIcon: join(assets, 'tray.png').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`),
  };
}
