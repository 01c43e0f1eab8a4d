// A stand-in for the `electron` module, loaded in place of it when the start-up test runs the built
// main.js under plain Node. It does what main needs, records every call (journal.ts) and flags any
// call made in the wrong phase. Only the parts of Electron's API that Limber uses exist.
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentPhase, record, setPhase } from './journal';
import { session } from './session';

const env = process.env;
const packaged = env['LIMBER_STAND_IN_PACKAGED'] === '1';
// Electron's argv: [executable, app path (unpackaged only), ...options]. Under Node argv[1] is
// main.js, which plays the app path; a packaged app has none, so it is removed.
if (packaged) process.argv.splice(1, 1);
(process as { defaultApp?: boolean }).defaultApp = packaged ? undefined : true;

const paths = new Map<string, string>([['userData', join(tmpdir(), 'limber-stand-in-default')]]);
let readyResolve: () => void = () => {};
const ready = new Promise<void>((resolve) => (readyResolve = resolve));
class StandInApp extends EventEmitter {
  readonly isPackaged = packaged;
  exitCode: number | null = null;
  singleInstanceData: unknown = undefined;

  setPath(name: string, value: string): void {
    record('app.setPath', 'before-ready', name, value);
    paths.set(name, value);
  }
  getPath(name: string): string {
    const path = paths.get(name) ?? join(paths.get('userData')!, `stand-in-${name}`);
    mkdirSync(path, { recursive: true });
    return path;
  }
  getName = () => 'Limber';
  getVersion = () => '0.0.0-startup';
  isReady = () => currentPhase() !== 'before-ready';
  whenReady = () => ready;
  requestSingleInstanceLock(additionalData?: unknown): boolean {
    record('app.requestSingleInstanceLock', 'before-ready', additionalData);
    this.singleInstanceData = additionalData;
    if (env['LIMBER_STAND_IN_LOCK'] !== 'held-elsewhere') return true;
    // Plays the running instance's part: it answers through the reply file after a moment.
    const reply = env['LIMBER_STAND_IN_RUNNING_REPLY'];
    const replyId = (additionalData as { replyId?: unknown } | undefined)?.replyId;
    if (reply !== undefined && typeof replyId === 'string') {
      setTimeout(() => {
        mkdirSync(join(this.getPath('userData'), 'cli-replies'), { recursive: true });
        writeFileSync(join(this.getPath('userData'), 'cli-replies', `${replyId}.txt`), reply);
      }, 100);
    }
    return false;
  }
  /** Chromium switches: main appends them before ready (speech-dispatcher, the shortcuts portal). */
  readonly commandLine = {
    appendSwitch: (name: string, value?: string) => record('app.commandLine.appendSwitch', 'before-ready', name, value),
    getSwitchValue: () => '',
  };
  setAppUserModelId(id: string): void {
    record('app.setAppUserModelId', 'before-ready', id);
  }
  getLoginItemSettings = () => ({ openAtLogin: false, wasOpenedAtLogin: false });
  setLoginItemSettings(settings: unknown): void {
    record('app.setLoginItemSettings', 'any', settings);
  }
  quit(): void {
    record('app.quit', 'any');
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.emit('will-quit', event);
    setPhase('after-quit');
    this.emit('quit', event, 0);
  }
  /** Electron's exit ends the process at once, without quit events. */
  exit(code = 0): void {
    record('app.exit', 'any', code);
    this.exitCode = code;
    this.emit('stand-in-exit', code);
    process.exit(code);
  }
  /** The scenario's switch: Electron is ready. */
  becomeReady(): void {
    setPhase('after-ready');
    this.emit('ready', {}, {});
    readyResolve();
  }
}
export const app = new StandInApp();
let nextContentsId = 1;
export class StandInWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: Array<[string, unknown]> = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isLoading = () => false;
  reload = () => record('webContents.reload', 'after-ready');
}

export class BrowserWindow extends EventEmitter {
  static readonly all: BrowserWindow[] = [];
  readonly webContents = new StandInWebContents();
  readonly loaded: string[] = [];
  visible = false;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    record('new BrowserWindow', 'after-ready', options);
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  show = () => void (this.visible = true);
  showInactive = () => void (this.visible = true);
  hide = () => void (this.visible = false);
  focus = () => {};
  minimized = false;
  isVisible = () => this.visible;
  isMinimized = () => this.minimized;
  minimize = () => void (this.minimized = true);
  restore = () => void (this.minimized = false);
  setPosition = () => {};
  setAlwaysOnTop = () => {};
  isDestroyed = () => this.destroyed;
  destroy(): void {
    this.destroyed = true;
  }
  /** What closing the window by its title bar does. */
  close(): void {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroyed = true;
  }
}

/** Electron's Notification: main hands the class to the macOS adapter; nothing is shown here. */
export class Notification extends EventEmitter {
  static isSupported = () => true;
  constructor(readonly options: Record<string, unknown>) {
    super();
    record('new Notification', 'after-ready', options);
  }
  show = () => {};
  close = () => {};
}

export const Menu = {
  applicationMenu: 'default' as unknown,
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu(menu: unknown): void {
    record('Menu.setApplicationMenu', 'any', menu);
    Menu.applicationMenu = menu;
  },
};

export const nativeImage = {
  createFromPath(path: string) {
    record('nativeImage.createFromPath', 'any', path);
    return { path, isEmpty: () => !existsSync(path), setTemplateImage: () => {} };
  },
};

export class Tray extends EventEmitter {
  static readonly all: Tray[] = [];
  menu: { template: unknown[] } | null = null;
  tooltip = '';
  destroyed = false;
  constructor(readonly image: { path: string }) {
    super();
    record('new Tray', 'after-ready', image.path);
    Tray.all.push(this);
  }
  setToolTip = (text: string) => void (this.tooltip = text);
  setTitle = () => {};
  setContextMenu = (menu: { template: unknown[] }) => void (this.menu = menu);
  destroy = () => void (this.destroyed = true);
}

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

export { session };

export const shell = {
  openExternal(url: string): Promise<void> {
    record('shell.openExternal', 'any', url);
    return Promise.resolve();
  },
  openPath: () => Promise.resolve(''),
};

export const dialog = {
  showErrorBox: (title: string, content: string) => record('dialog.showErrorBox', 'any', title, content),
  showSaveDialog: () => Promise.resolve({ canceled: true, filePath: undefined }),
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
  getSystemIdleTime(): number {
    record('powerMonitor.getSystemIdleTime', 'after-ready');
    return 0;
  }
}
export const powerMonitor = new StandInPowerMonitor();

export const screen = {
  getPrimaryDisplay: () => {
    record('screen.getPrimaryDisplay', 'after-ready');
    return { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  },
};

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

export default {
  app,
  BrowserWindow,
  Menu,
  nativeImage,
  Tray,
  protocol,
  net,
  session,
  shell,
  dialog,
  nativeTheme,
  globalShortcut,
  powerMonitor,
  screen,
  ipcMain,
};
