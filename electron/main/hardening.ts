import { app, session, shell, type WebContents, type WebPreferences } from 'electron';
import { vettedExternalUrl } from '../shell/node/links';
import { APP_ORIGIN } from './app-protocol';

/**
 * The one set of web preferences every Limber window gets, so no window can drift from it.
 * DevTools are for development only: a packaged build passes `devTools: false`.
 */
export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools: options.devTools,
  };
}

/** Opens a link in the browser only if it is vetted, and then opens the parsed href, not the raw string. */
export async function openVettedExternal(raw: string): Promise<boolean> {
  const href = vettedExternalUrl(raw);
  if (!href) return false;
  await shell.openExternal(href);
  return true;
}

/**
 * Applied to every web contents the app ever creates: no navigation away from the app, no new
 * windows (vetted https links open in the browser instead), no webviews, no permissions.
 */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      void openVettedExternal(url).catch(() => false);
      return { action: 'deny' };
    });
  });
}

/** Limber needs no camera, microphone, location or notifications permission from its pages. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
