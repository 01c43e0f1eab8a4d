import type { AppInfo } from '../common/app-channels';
import type { WindowState } from '../common/window-state';
import type { Handlers } from '../../ipc/node/router';
import { vettedExternalUrl } from './links';
import type { NoticeBoard } from './notices';

export type AppHandlers = Pick<Handlers, 'app:get-info' | 'app:renderer-ready' | 'app:dismiss-notice' | 'app:open-external' | 'app:window-state'>;

export interface AppHandlerOptions {
  appInfo: AppInfo;
  notices: NoticeBoard;
  openExternal: (url: string) => Promise<void> | void;
  /** The page asked for its queued events; main flushes them after this. */
  onRendererReady?: () => void;
  /** The main window's page reported its view and whether it holds something (main-window.ts). */
  onWindowState?: (state: WindowState) => void;
}

/** ipc/channels/app.ts: app facts, the page's ready signal, notices, vetted links. */
export function createAppHandlers({ appInfo, notices, openExternal, onRendererReady, onWindowState }: AppHandlerOptions): AppHandlers {
  return {
    'app:get-info': () => appInfo,
    'app:renderer-ready': () => {
      onRendererReady?.();
      return notices.list();
    },
    'app:dismiss-notice': (id) => notices.dismiss(id),
    'app:open-external': async (url) => {
      // The normalised href that was checked is what is opened, never the string as sent.
      const href = vettedExternalUrl(url);
      if (!href) return false;
      await openExternal(href);
      return true;
    },
    'app:window-state': (state) => {
      onWindowState?.(state);
      return true;
    },
  };
}
