// The stand-in for Electron's default session (electron.ts re-exports it): every handler
// hardening.ts sets is recorded, in the phase it is allowed in.
import { record } from './journal';

const defaultSession = {
  setPermissionRequestHandler: (handler: unknown) =>
    record('session.setPermissionRequestHandler', 'after-ready', handler),
  setPermissionCheckHandler: (handler: unknown) => record('session.setPermissionCheckHandler', 'after-ready', handler),
  setDevicePermissionHandler: (handler: unknown) => record('session.setDevicePermissionHandler', 'after-ready', handler),
  setDisplayMediaRequestHandler: (handler: unknown) =>
    record('session.setDisplayMediaRequestHandler', 'after-ready', handler),
  setBluetoothPairingHandler: (handler: unknown) => record('session.setBluetoothPairingHandler', 'after-ready', handler),
  on: (name: string, listener: unknown) => record('session.on', 'after-ready', name, listener),
};
export const session = {
  get defaultSession() {
    record('session.defaultSession', 'after-ready');
    return defaultSession;
  },
};
