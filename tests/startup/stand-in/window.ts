// The stand-in's windows: BrowserWindow and its webContents, as strict as Electron's. Only methods
// Electron's own classes have exist here (tests/unit/main/stand-in-strictness.test.ts compares them
// with electron.d.ts), and once destroyed every method but isDestroyed (and the event emitter's
// own) throws "Object has been destroyed", so code that keeps using a window it let go of fails.
import { EventEmitter } from 'node:events';
import { record } from './journal';

/** How windows tell the stand-in's app about themselves (electron.ts listens): made, and closed. */
export const windowLife = new EventEmitter();

/** What a destroyed window or webContents still answers: isDestroyed, and its events. */
const STILL_CALLABLE = new Set(['isDestroyed', 'on', 'once', 'off', 'emit', 'removeListener', 'removeAllListeners', 'listenerCount', 'listeners']);

/** `target` behind a guard: once `destroyed`, its methods (but STILL_CALLABLE) throw as Electron's do. */
function guardedOnceDestroyed<T extends { destroyed: boolean }>(target: T): T {
  return new Proxy(target, {
    get(object, prop, receiver) {
      const value: unknown = Reflect.get(object, prop, receiver);
      if (!object.destroyed || typeof value !== 'function' || typeof prop !== 'string' || STILL_CALLABLE.has(prop)) return value;
      return () => {
        throw new TypeError('Object has been destroyed');
      };
    },
  });
}

let nextContentsId = 1;
export class StandInWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: Array<[string, unknown]> = [];
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** A webContents is only made by its window, which hands back this one behind the guard. */
  static make(): StandInWebContents {
    return guardedOnceDestroyed(new StandInWebContents());
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isLoading = () => false;
  isDestroyed = () => this.destroyed;
  reload = () => record('webContents.reload', 'after-ready');
  /** The URLs its window loaded (BrowserWindow.loadURL), for printToPDF's record. */
  loadedUrls: readonly string[] = [];
  /**
   * As Electron 45's (lib/browser/api/web-contents.ts): each option checked for its type, the
   * pageSize one of Chromium's paper names or {width, height} in inches, a rejection (not a throw)
   * for a bad one; a destroyed contents throws. Resolves with the PDF's bytes.
   */
  printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    record('webContents.printToPDF', 'after-ready', options, this.loadedUrls.at(-1) ?? null);
    const types: Record<string, string> = {
      landscape: 'boolean', displayHeaderFooter: 'boolean', printBackground: 'boolean', preferCSSPageSize: 'boolean',
      generateTaggedPDF: 'boolean', generateDocumentOutline: 'boolean', scale: 'number', pageRanges: 'string',
      headerTemplate: 'string', footerTemplate: 'string',
    };
    for (const [key, type] of Object.entries(types)) {
      if (options[key] !== undefined && typeof options[key] !== type) return Promise.reject(new TypeError(`${key} must be a ${type === 'boolean' ? 'Boolean' : type === 'number' ? 'Number' : 'String'}`));
    }
    const size = options['pageSize'];
    const papers = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'legal', 'letter', 'tabloid', 'ledger'];
    if (typeof size === 'string' && !papers.includes(size.toLowerCase())) return Promise.reject(new Error(`Invalid pageSize ${size}`));
    if (size !== undefined && typeof size !== 'string' && !(typeof size === 'object' && size && 'width' in size && 'height' in size))
      return Promise.reject(new Error('height and width properties are required for pageSize'));
    return new Promise((resolve) => setTimeout(() => resolve(Buffer.from('%PDF-1.7\n% stand-in\n%%EOF\n')), 10));
  }
}

// Helpers rather than methods, since Electron's BrowserWindow has no such methods.
/** Electron's 'show' and 'hide' come when visibility changes, not on every call. */
function reveal(win: BrowserWindow): void {
  if (win.visible) return;
  win.visible = true;
  win.emit('show');
}
/** Taking the keyboard, as Electron reports it. */
function activate(win: BrowserWindow): void {
  const was = win.focused;
  win.focused = true;
  if (!was) win.emit('focus');
}

/** A page load fails (LIMBER_STAND_IN_LOAD_FAILS=1): loadURL rejects, as Electron's does. */
const loadsFail = process.env['LIMBER_STAND_IN_LOAD_FAILS'] === '1';

export class BrowserWindow extends EventEmitter {
  static readonly all: BrowserWindow[] = [];
  readonly webContents = StandInWebContents.make();
  readonly loaded: string[] = [];
  visible = false;
  focused = false;
  minimized = false;
  destroyed = false;
  position: [number, number] = [0, 0];
  private painted = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    record('new BrowserWindow', 'after-ready', options);
    // As Electron's: once destroyed, every method but isDestroyed (and the event emitter's own)
    // throws, so code that keeps using a window it let go of fails here as it would for real.
    const guarded = guardedOnceDestroyed(this);
    BrowserWindow.all.push(guarded);
    windowLife.emit('web-contents-created', this.webContents);
    return guarded;
  }
  /** Resolves when the page has loaded; ready-to-show follows the first paint of a hidden window. */
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.webContents.loadedUrls = this.loaded;
    if (loadsFail) return Promise.reject(new Error(`ERR_FAILED (-2) loading '${url}'`));
    return new Promise((resolve) =>
      setTimeout(() => {
        if (this.destroyed) return resolve();
        if (!this.painted && !this.visible) this.emit('ready-to-show');
        this.painted = true;
        resolve();
      }, 10),
    );
  }
  show = () => {
    reveal(this);
    activate(this);
  };
  /** Shows without activating; on Windows (SW_SHOWNOACTIVATE) that also un-minimises. */
  showInactive = () => {
    reveal(this);
    if (process.platform === 'win32') this.minimized = false;
  };
  hide = () => {
    const was = this.visible;
    this.visible = false;
    this.focused = false;
    if (was) this.emit('hide');
  };
  focus = () => activate(this);
  isFocused = () => this.focused;
  isVisible = () => this.visible;
  isMinimized = () => this.minimized;
  minimize = () => {
    this.minimized = true;
    this.focused = false;
  };
  /** Restoring activates the window on Windows and X11 (and macOS): it takes the keyboard. */
  restore = () => {
    this.minimized = false;
    reveal(this);
    this.emit('restore');
    activate(this);
  };
  flashFrame = (flag: boolean) => record('window.flashFrame', 'after-ready', flag);
  setTitle = (title: string) => {
    this.options['title'] = title;
  };
  getBounds = () => ({
    x: this.position[0],
    y: this.position[1],
    width: Number(this.options['width'] ?? 800),
    // The frame the desktop draws around a content-sized window.
    height: Number(this.options['height'] ?? 600) + (this.options['useContentSize'] ? 30 : 0),
  });
  setPosition = (x: number, y: number) => {
    record('window.setPosition', 'after-ready', this.options['title'], x, y);
    this.position = [x, y];
  };
  setAlwaysOnTop = () => {};
  /** Windows and Linux draw the application menu on every window that has not removed it. */
  menuRemoved = false;
  removeMenu = () => {
    // Documented for Windows and Linux only: the stand-in does not assume it on macOS.
    if (process.platform === 'darwin') throw new TypeError('win.removeMenu is not a function');
    this.menuRemoved = true;
  };
  isDestroyed = () => this.destroyed;
  destroy(): void {
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroyed = true;
    this.emit('closed');
    windowLife.emit('closed');
  }
  /** What closing the window by its title bar (or the dock's Quit) does. */
  close(): void {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
}

