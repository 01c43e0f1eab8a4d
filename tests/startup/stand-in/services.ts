// The stand-in's services: app://, sessions, links, theme, shortcuts, power and IPC.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { faultAt, record } from './journal';

type ProtocolHandler = (request: Request) => Promise<Response>;
export const protocol = {
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    record('protocol.registerSchemesAsPrivileged', 'before-ready', schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    record('protocol.handle', 'after-ready', scheme);
    protocol.handlers.set(scheme, handler);
  },
};

/** Electron's net.fetch of a file:// URL: the file, or a rejection. */
export const net = {
  async fetch(url: string): Promise<Response> {
    record('net.fetch', 'after-ready', url);
    return new Response(await readFile(fileURLToPath(url)));
  },
};

// The default session's handlers (hardening.ts) live in session.ts.
export { session } from './session';

export const shell = {
  openExternal(url: string): Promise<void> {
    record('shell.openExternal', 'any', url);
    return Promise.resolve();
  },
  /** Electron 45: resolves with an error message, or '' once the desktop opened the file. */
  openPath(path: string): Promise<string> {
    record('shell.openPath', 'after-ready', path);
    return Promise.resolve('');
  },
};

export const nativeTheme = {
  shouldUseDarkColors: false,
  themeSource: 'system',
};

export const globalShortcut = {
  held: new Map<string, () => void>(),
  register(accelerator: string, callback: () => void): boolean {
    record('globalShortcut.register', 'after-ready', accelerator);
    if (globalShortcut.held.has(accelerator)) return false;
    globalShortcut.held.set(accelerator, callback);
    return true;
  },
  unregister(accelerator: string): void {
    record('globalShortcut.unregister', 'after-ready', accelerator);
    globalShortcut.held.delete(accelerator);
  },
};

class StandInPowerMonitor extends EventEmitter {
  override on(event: string, listener: (...args: unknown[]) => void): this {
    record('powerMonitor.on', 'after-ready', event);
    return super.on(event, listener);
  }
  override removeListener(event: string, listener: (...args: unknown[]) => void): this {
    faultAt('powerMonitor.removeListener');
    return super.removeListener(event, listener);
  }
  getSystemIdleTime(): number {
    record('powerMonitor.getSystemIdleTime', 'after-ready');
    return 0;
  }
}
export const powerMonitor = new StandInPowerMonitor();

export const ipcMain = {
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  listeners: new Set<string>(),
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown): void {
    record('ipcMain.handle', 'any', channel);
    ipcMain.handlers.set(channel, handler);
  },
  on(channel: string): void {
    record('ipcMain.on', 'any', channel);
    ipcMain.listeners.add(channel);
  },
};
