import type { createApi } from '../../electron/preload/api';

/** The window's API type comes from the preload itself, so the two cannot drift. */
export type PreloadApi = ReturnType<typeof createApi>;

declare global {
  interface Window {
    readonly limber: PreloadApi;
  }
}

export const api: PreloadApi = window.limber;
