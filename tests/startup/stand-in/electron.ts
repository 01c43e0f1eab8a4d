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
import { BrowserWindow, windowLife } from './window';
export { BrowserWindow, StandInWebContents } from './window';

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
windowLife.on('web-contents-created', (contents) => app.emit('web-contents-created', {}, contents));
windowLife.on('closed', () => app.windowClosed());
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
