import type { createApi } from '../ipc/common/window-api';

// The page's `window.limber`, typed from the preload itself so the two cannot drift.
declare global {
  interface Window {
    readonly limber: ReturnType<typeof createApi>;
  }
}
export {};
