import type { AppInfo } from '../common/app-channels';
import type { Handlers } from '../../ipc/node/router';
import { vettedExternalUrl } from './links';
import type { NoticeBoard } from './notices';

export type AppHandlers = Pick<Handlers, 'app:get-info' | 'app:renderer-ready' | 'app:dismiss-notice' | 'app:open-external'>;

export interface AppHandlerOptions {
  appInfo: AppInfo;
  notices: NoticeBoard;
  openExternal: (url: string) => Promise<void> | void;
  /** The page asked for its queued events; main flushes them after this. */
  onRendererReady?: () => void;
}

/** ipc/channels/app.ts: app facts, the page's ready signal, notices, vetted links. */
export function createAppHandlers({ appInfo, notices, openExternal, onRendererReady }: AppHandlerOptions): AppHandlers {
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
  };
}
