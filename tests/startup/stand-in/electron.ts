// A stand-in for the `electron` module, loaded in place of it when the start-up test runs the built
// main.js under plain Node. It does what main needs, records every call (journal.ts) and flags any
// call made in the wrong phase. Only the parts of Electron's API that Limber uses exist, and they
// behave as strictly as Electron's: quitting closes every window and a refused close cancels it,
// restoring a minimised window activates it, the tray needs a host (desktop.ts).
import { EventEmitter } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentPhase, record, setPhase } from './journal';
import { dialog, Menu, nativeImage, Notification, screen, Tray } from './desktop';
import { globalShortcut, ipcMain, nativeTheme, net, powerMonitor, protocol, session, shell } from './services';

export { dialog, Menu, nativeImage, Notification, screen, Tray } from './desktop';
export { globalShortcut, ipcMain, nativeTheme, net, powerMonitor, protocol, session, shell } from './services';

const env = process.env;
// A simulated platform (LIMBER_STAND_IN_PLATFORM=darwin|win32): main branches on process.platform.
if (env['LIMBER_STAND_IN_PLATFORM']) Object.defineProperty(process, 'platform', { value: env['LIMBER_STAND_IN_PLATFORM'] });
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
  /** The app folder: unpackaged, the one Electron was given (here main.js's package root). */
  getAppPath = () => process.cwd();
  getName = () => 'Limber';
  getVersion = () => '0.0.0-startup';
  isReady = () => currentPhase() !== 'before-ready';
  /**
   * As Electron 45 on Linux: GLib's g_get_language_names() without "C" — the first of LANGUAGE
   * (a colon-separated list), LC_ALL, LC_MESSAGES and LANG that is set, each entry expanded into its
   * variants ("de_AT.UTF-8", "de_AT", "de.UTF-8", "de"). Callable before ready. An unset or C
   * locale gives [].
   */
  getPreferredSystemLanguages(): string[] {
    record('app.getPreferredSystemLanguages', 'any');
    const chosen = ['LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'].map((name) => env[name] ?? '').find((value) => value !== '') ?? '';
    const names: string[] = [];
    for (const entry of chosen.split(':')) {
      const match = /^([^_.@]+)(_[^.@]+)?(\.[^@]+)?(@.+)?$/.exec(entry);
      if (!match) continue;
      const [, language, territory = '', codeset = '', modifier = ''] = match;
      // GLib's order (_g_compute_locale_variants): most specific first, the modifier kept longest.
      for (const m of modifier ? [modifier, ''] : [''])
        for (const t of territory ? [territory, ''] : [''])
          for (const c of codeset ? [codeset, ''] : ['']) names.push(`${language}${t}${c}${m}`);
    }
    return [...new Set(names)].filter((name) => name !== 'C' && name !== 'POSIX');
  }
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
  /**
   * The OS's own login item (LIMBER_STAND_IN_LOGIN_ITEM): 'on', 'off', or 'disabled' (Windows: the
   * run key is there but the person turned it off in Task Manager).
   */
  getLoginItemSettings(options?: unknown) {
    record('app.getLoginItemSettings', 'any', options);
    const state = env['LIMBER_STAND_IN_LOGIN_ITEM'] ?? 'off';
    const win = process.platform === 'win32';
    return {
      openAtLogin: state !== 'off',
      wasOpenedAtLogin: process.platform === 'darwin' && env['LIMBER_STAND_IN_OPENED_AT_LOGIN'] === '1',
      status: state === 'on' ? 'enabled' : 'not-registered',
      executableWillLaunchAtLogin: win && state === 'on',
      launchItems: [],
    };
  }
  setLoginItemSettings(settings: unknown): void {
    record('app.setLoginItemSettings', 'any', settings);
  }
  quitCancelled = false;
  /**
   * As Electron's: before-quit, then every window is closed; one whose close is prevented cancels
   * the quit. A throwing listener is reported as an uncaught exception and the quit goes on.
   */
  quit(): void {
    record('app.quit', 'any');
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    try {
      this.emit('before-quit', event);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
    if (event.defaultPrevented) return;
    this.quitting = true;
    for (const window of [...BrowserWindow.all]) {
      if (window.isDestroyed()) continue;
      window.close();
      if (!window.isDestroyed()) {
        record('app.quit cancelled', 'any', window.options['title']);
        this.quitting = false;
        this.quitCancelled = true;
        return;
      }
    }
    this.emit('will-quit', event);
    setPhase('after-quit');
    this.emit('quit', event, 0);
  }
  quitting = false;
  /** Electron quits when the last window closes, unless main listens for window-all-closed. */
  windowClosed(): void {
    if (this.quitting || BrowserWindow.all.some((w) => !w.isDestroyed())) return;
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed');
    else this.quit();
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
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
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
    if (this.destroyed) throw new TypeError('Object has been destroyed');
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

/** A page load fails (LIMBER_STAND_IN_LOAD_FAILS=1): loadURL rejects, as Electron's does. */
const loadsFail = env['LIMBER_STAND_IN_LOAD_FAILS'] === '1';

/** What a destroyed window still answers: isDestroyed, and its events (listeners may be removed). */
const STILL_CALLABLE = new Set(['isDestroyed', 'on', 'once', 'off', 'emit', 'removeListener', 'removeAllListeners', 'listenerCount', 'listeners']);

export class BrowserWindow extends EventEmitter {
  static readonly all: BrowserWindow[] = [];
  readonly webContents = new StandInWebContents();
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
    const guarded = new Proxy(this, {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (!target.destroyed || typeof value !== 'function' || typeof prop !== 'string' || STILL_CALLABLE.has(prop)) return value;
        return () => {
          throw new TypeError('Object has been destroyed');
        };
      },
    });
    BrowserWindow.all.push(guarded);
    app.emit('web-contents-created', {}, this.webContents);
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
    this.reveal();
    this.activate();
  };
  /** Electron's 'show' and 'hide' come when visibility changes, not on every call. */
  private reveal(): void {
    if (this.visible) return;
    this.visible = true;
    this.emit('show');
  }
  /** Taking the keyboard, as Electron reports it. */
  private activate(): void {
    const was = this.focused;
    this.focused = true;
    if (!was) this.emit('focus');
  }
  /** Shows without activating; on Windows (SW_SHOWNOACTIVATE) that also un-minimises. */
  showInactive = () => {
    this.reveal();
    if (process.platform === 'win32') this.minimized = false;
  };
  hide = () => {
    const was = this.visible;
    this.visible = false;
    this.focused = false;
    if (was) this.emit('hide');
  };
  focus = () => this.activate();
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
    this.reveal();
    this.emit('restore');
    this.activate();
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
    app.windowClosed();
  }
  /** What closing the window by its title bar (or the dock's Quit) does. */
  close(): void {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
}

export default {
  app,
  BrowserWindow,
  Menu,
  nativeImage,
  Notification,
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
