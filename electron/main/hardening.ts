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
    // Web Bluetooth's picker: nothing is ever chosen (the empty id cancels the request).
    contents.on('select-bluetooth-device', (event, _devices, callback) => {
      event.preventDefault();
      callback('');
    });
    contents.setWindowOpenHandler(({ url }) => {
      void openVettedExternal(url).catch(() => false);
      return { action: 'deny' };
    });
  });
}

/**
 * Limber needs no camera, microphone, location or notifications permission from its pages, and no
 * device or screen either: WebHID, WebUSB, Web Serial and Web Bluetooth pickers choose nothing,
 * device permissions are refused, and a request to capture the screen is denied (a compromised page
 * must not reach a headset's controls, a serial device or what is on screen).
 */
export function denyAllPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  ses.setBluetoothPairingHandler((_details, callback) => callback({ confirmed: false }));
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  ses.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
}
