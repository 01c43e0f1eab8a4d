import type { createApi } from '@electron/ipc/common/window-api';

/** The window's API type comes from the preload itself (see electron/preload/global.d.ts). */
export type PreloadApi = ReturnType<typeof createApi>;

export const api: PreloadApi = window.limber;
