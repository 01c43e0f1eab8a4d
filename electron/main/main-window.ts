import { BrowserWindow, type WebPreferences } from 'electron';
import type { EventName, PayloadOf } from '../ipc/common/contract';
import { PageMessenger } from '../ipc/node/page-messenger';
import { APP_ENTRY } from './app-protocol';
import { windowBackground } from './window-background';

/**
 * The one main window: created on demand, hidden (not destroyed) on close and reused, so memory
 * stays flat however many breaks a day brings. Events for the page wait until it says it is ready.
 */
export class MainWindow {
  private window: BrowserWindow | null = null;
  private readonly messenger = new PageMessenger((event, payload) => {
    if (this.window && !this.window.isDestroyed()) this.window.webContents.send(event, payload);
  });
  private quitting = false;
  /** With no tray to reopen it from, closing keeps the dock or taskbar entry (or quits, if asked). */
  private closeMinimises = false;
  /** Shown only so a tray-less desktop keeps it reachable, never by the person. */
  private backgroundOnly = false;

  /** `webPreferences` come from secureWebPreferences() (hardening.ts). */
  constructor(
    private readonly webPreferences: WebPreferences,
    private readonly options: {
      log?: (message: string, error?: unknown) => void;
      /** Closing with no tray: close-without-tray.ts asks whether to keep running or quit. */
      closeWithoutTray?: (win: BrowserWindow) => void;
      /** The page's address, with the language in its query (language.ts: pageUrl). */
      pageUrl?: () => string;
    } = {},
  ) {}

  get webContentsIds(): ReadonlySet<number> {
    return new Set(this.window && !this.window.isDestroyed() ? [this.window.webContents.id] : []);
  }

  /** No tray on this desktop: keep the window reachable from the dock or taskbar. */
  keepInTaskbar(): void {
    this.closeMinimises = true;
  }

  /** A tray appeared: closing hides again, and a window only shown for want of one goes away. */
  leaveTaskbar(): void {
    this.closeMinimises = false;
    if (this.backgroundOnly && this.window && !this.window.isDestroyed()) this.window.hide();
    this.backgroundOnly = false;
  }

  /** A launch that stays hidden: fine where a tray brings it back, else a minimised window in the dock. */
  showInBackground(): void {
    if (!this.closeMinimises || this.quitting) return;
    if (this.window && !this.window.isDestroyed() && this.window.isVisible()) return;
    const win = this.ensure();
    win.showInactive();
    win.minimize();
    this.backgroundOnly = true;
  }

  /** Let the window really close (app quitting). */
  allowClose(): void {
    this.quitting = true;
  }

  show(options: { focus?: boolean } = {}): BrowserWindow {
    const win = this.ensure();
    this.backgroundOnly = false;
    if (options.focus === false) {
      // restore() activates the window (Windows, X11), so it is never used here. showInactive()
      // brings a minimised window back on Windows without activating it; where it cannot, the
      // window asks for attention (taskbar flash, urgency hint, dock bounce) instead of the keyboard.
      win.showInactive();
      if (win.isMinimized()) win.flashFrame(true);
      return win;
    }
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
    return win;
  }

  send<E extends EventName>(event: E, payload: PayloadOf<E>): void {
    this.messenger.send(event, payload);
  }

  markPageReady(): void {
    this.messenger.markReady();
  }

  /**
   * Loads the page again at `url` (a new language), if the window exists; events sent from now on
   * wait for the new page. Main defers this while a session runs, so no session is lost.
   */
  reload(url: string): void {
    if (!this.window || this.window.isDestroyed()) return;
    this.messenger.reset();
    this.window.loadURL(url).catch((error: unknown) => this.options.log?.('the window could not load its page', error));
  }

  private ensure(): BrowserWindow {
    if (this.window && !this.window.isDestroyed()) return this.window;
    const win = new BrowserWindow({
      width: 980,
      height: 760,
      minWidth: 560,
      minHeight: 520,
      show: false,
      title: 'Limber',
      backgroundColor: windowBackground(),
      autoHideMenuBar: true,
      webPreferences: this.webPreferences,
    });
    win.on('close', (event) => {
      if (!this.quitting) {
        event.preventDefault();
        if (!this.closeMinimises) win.hide();
        else if (this.options.closeWithoutTray) this.options.closeWithoutTray(win);
        else win.minimize();
      }
    });
    win.webContents.on('did-start-loading', () => this.messenger.reset());
    win.webContents.on('render-process-gone', (_event, details) => {
      // A crashed page is reloaded rather than leaving a blank window.
      if (details.reason !== 'clean-exit') win.webContents.reload();
    });
    win.on('focus', () => {
      win.flashFrame(false);
      // Opened from the dock by the person: no longer a stand-by window a new tray may hide.
      this.backgroundOnly = false;
    });
    win.on('restore', () => (this.backgroundOnly = false));
    win.loadURL(this.options.pageUrl?.() ?? APP_ENTRY).catch((error: unknown) => this.options.log?.('the window could not load its page', error));
    this.window = win;
    return win;
  }
}
