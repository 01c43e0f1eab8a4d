import { BrowserWindow, nativeTheme, type WebPreferences } from 'electron';
import type { EventName, PayloadOf } from '../ipc/common/contract';
import { PageMessenger } from '../ipc/node/page-messenger';
import { APP_ENTRY } from './app-protocol';

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
  /** With no tray to reopen it from, closing minimises: the dock or taskbar entry stays. */
  private closeMinimises = false;

  /** `webPreferences` come from secureWebPreferences() (hardening.ts). */
  constructor(private readonly webPreferences: WebPreferences) {}

  get webContentsIds(): ReadonlySet<number> {
    return new Set(this.window && !this.window.isDestroyed() ? [this.window.webContents.id] : []);
  }

  /** No tray on this desktop: keep the window reachable from the dock or taskbar. */
  keepInTaskbar(): void {
    this.closeMinimises = true;
  }

  /** A launch that stays hidden: fine where a tray brings it back, else a minimised window in the dock. */
  showInBackground(): void {
    if (!this.closeMinimises || this.quitting) return;
    if (this.window && !this.window.isDestroyed() && this.window.isVisible()) return;
    const win = this.ensure();
    win.showInactive();
    win.minimize();
  }

  /** Let the window really close (app quitting). */
  allowClose(): void {
    this.quitting = true;
  }

  show(options: { focus?: boolean } = {}): BrowserWindow {
    const win = this.ensure();
    if (win.isMinimized()) win.restore();
    if (options.focus === false) win.showInactive();
    else {
      win.show();
      win.focus();
    }
    return win;
  }

  send<E extends EventName>(event: E, payload: PayloadOf<E>): void {
    this.messenger.send(event, payload);
  }

  markPageReady(): void {
    this.messenger.markReady();
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
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#16191d' : '#f7f5f0',
      autoHideMenuBar: true,
      webPreferences: this.webPreferences,
    });
    win.on('close', (event) => {
      if (!this.quitting) {
        event.preventDefault();
        if (this.closeMinimises) win.minimize();
        else win.hide();
      }
    });
    win.webContents.on('did-start-loading', () => this.messenger.reset());
    win.webContents.on('render-process-gone', (_event, details) => {
      // A crashed page is reloaded rather than leaving a blank window.
      if (details.reason !== 'clean-exit') win.webContents.reload();
    });
    void win.loadURL(APP_ENTRY);
    this.window = win;
    return win;
  }
}
