// The shapes of what the stand-in Electron reports about a run of the built main process
// (tests/startup/stand-in/scenario.ts), and which of Electron's calls belong before or after ready.

export interface Served {
  url: string;
  status: number;
  headers?: Record<string, string>;
  body?: string;
}
export interface Call {
  api: string;
  phase: string;
  args: unknown[];
}
export interface MenuItem {
  label?: string;
  type?: string;
  role?: string;
  enabled?: boolean;
  submenu?: MenuItem[];
}

/** Calls real Electron refuses (or ignores) before the app is ready. */
export const AFTER_READY_ONLY = [
  'new BrowserWindow',
  'new Tray',
  'protocol.handle',
  'globalShortcut.register',
  'powerMonitor.on',
  'session.defaultSession',
];
/** Calls that must come before ready to take effect. */
export const BEFORE_READY_ONLY = ['app.setPath', 'app.requestSingleInstanceLock', 'protocol.registerSchemesAsPrivileged'];
