// The tray, made when (and whenever) a tray host is there, and the main window's dock entry while
// none is (tray-fallback.ts watches the host). main.ts only pushes the schedule's state in.
import type { Notice } from '../shell/common/app-channels';
import type { MainWindow } from './main-window';
import { LimberTray, type TrayActions, type TrayState } from './tray';
import { watchTrayHost } from './tray-fallback';

export interface TraySetup {
  update(state: TrayState): void;
  /** Whether a tray host was there at the first look. */
  first: Promise<boolean>;
  dispose(): void;
}

export function setupTray(options: {
  iconPath: string;
  actions: TrayActions;
  mainWindow: Pick<MainWindow, 'keepInTaskbar' | 'leaveTaskbar' | 'showInBackground'>;
  tell: (notice: Notice) => void;
  userDataDir: string;
  log: (message: string, error?: unknown) => void;
}): TraySetup {
  let tray: LimberTray | null = null;
  let last: TrayState | null = null;
  let hadHost = false;
  const watch = watchTrayHost({
    platform: process.platform,
    tell: options.tell,
    userDataDir: options.userDataDir,
    log: options.log,
    onHost: () => {
      hadHost = true;
      tray?.destroy();
      tray = new LimberTray(options.iconPath, options.actions);
      if (last) tray.update(last);
      options.mainWindow.leaveTaskbar();
    },
    onNoHost: () => {
      tray?.destroy();
      tray = null;
      options.mainWindow.keepInTaskbar();
      // The host went away mid-session: the window must be reachable from the dock again.
      if (hadHost) options.mainWindow.showInBackground();
    },
  });
  return {
    update: (state) => {
      last = state;
      tray?.update(state);
    },
    first: watch.first,
    dispose: () => {
      watch.dispose();
      tray?.destroy();
      tray = null;
    },
  };
}
