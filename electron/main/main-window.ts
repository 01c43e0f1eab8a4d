import { BrowserWindow, type WebPreferences } from 'electron';
import type { EventName, PayloadOf } from '../ipc/common/contract';
import type { View, WindowState } from '../shell/common/app-channels';
import { hashForView, SESSION_WINDOW_HASH } from '../shell/common/window-state';
import { PageMessenger } from '../ipc/node/page-messenger';
import { APP_ENTRY } from './app-protocol';
import { windowBackground } from './window-background';

/**
 * How long a closed (hidden) main window is kept before its renderer is given back. Reopening
 * within it is instant; after it, a new window costs about 0.25–0.35 s to its first frame and
 * 0.2 s of CPU, against 15–45 MB held all day (README, "Keep a hidden window, or recreate it?").
 */
export const HIDDEN_WINDOW_GRACE_MS = 3 * 60_000;

/** The start-up tests shorten the grace period (LIMBER_HIDDEN_WINDOW_GRACE_MS, 100 ms to a day). */
export function hiddenWindowGrace(env: NodeJS.ProcessEnv): { graceMs?: number } {
  const ms = Number(env['LIMBER_HIDDEN_WINDOW_GRACE_MS']);
  return Number.isInteger(ms) && ms >= 100 && ms <= 86_400_000 ? { graceMs: ms } : {};
}

/**
 * The one main window: created on demand, hidden on close, and destroyed once it has stayed hidden
 * for a grace period, unless its page holds a session or a draft or a reminder is up. It is made
 * again on demand, on the view it showed. Events for the page wait until it says it is ready.
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
  /** What the page last reported: its view, and whether it holds a session or a draft. */
  private state: WindowState = { view: 'home', holds: false };
  private graceTimer: ReturnType<typeof setTimeout> | null = null;
  /** The window has stayed hidden for the whole grace period: it goes as soon as nothing holds it. */
  private graceOver = false;

  /** `webPreferences` come from secureWebPreferences() (hardening.ts). */
  constructor(
    private readonly webPreferences: WebPreferences,
    private readonly options: {
      log?: (message: string, error?: unknown) => void;
      /** Closing with no tray: close-without-tray.ts asks whether to keep running or quit. */
      closeWithoutTray?: (win: BrowserWindow) => void;
      /** The page's address for a hash, with the language in its query (language.ts: pageUrl). */
      pageUrl?: (hash: string) => string;
      /** Hidden this long, the window is destroyed (HIDDEN_WINDOW_GRACE_MS unless a test says). */
      graceMs?: number;
      /** False while something outside the page needs the window kept (a reminder is up). */
      mayRelease?: () => boolean;
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

  /**
   * `forSession`: a session is about to be sent; a window made for it fetches the player at once.
   * `view`: the view about to be navigated to (tray: Settings…); a window made for it opens on it,
   * rather than on the last view and then switching (a flash of the wrong screen).
   */
  show(options: { focus?: boolean; forSession?: boolean; view?: View } = {}): BrowserWindow {
    const win = this.ensure(options.forSession ? SESSION_WINDOW_HASH : hashForView(options.view ?? this.state.view));
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

  /** The page reported its view and whether it holds something (app:window-state). */
  reportState(state: WindowState): void {
    this.state = state;
    this.releaseIfIdle();
  }

  /**
   * Destroys the window if it has been hidden for the grace period and nothing holds it: no
   * session or draft in the page, no reminder up (mayRelease), not quitting, and a tray to bring
   * it back (without one the window is the app's only handle and is kept). Main calls this again
   * whenever one of those may have changed.
   */
  releaseIfIdle(): void {
    const win = this.window;
    if (!this.graceOver || !win || win.isDestroyed() || win.isVisible()) return;
    if (this.state.holds || this.closeMinimises || this.quitting) return;
    if (this.options.mayRelease && !this.options.mayRelease()) return;
    this.window = null;
    this.graceOver = false;
    // Events wait (latest-only, bounded) for the next window's page.
    this.messenger.reset();
    win.destroy();
  }

  private armGrace(): void {
    this.stopGrace();
    this.graceTimer = setTimeout(() => {
      this.graceTimer = null;
      this.graceOver = true;
      this.releaseIfIdle();
    }, this.options.graceMs ?? HIDDEN_WINDOW_GRACE_MS);
    // A pending release never keeps the process alive on its own.
    this.graceTimer.unref?.();
  }

  private stopGrace(): void {
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.graceTimer = null;
    this.graceOver = false;
  }

  send<E extends EventName>(event: E, payload: PayloadOf<E>): void {
    this.messenger.send(event, payload);
  }

  markPageReady(): void {
    this.messenger.markReady();
  }

  /**
   * Loads the page again in the current language (pageUrl), on the view it last reported, as a
   * window made again does, if the window exists; events sent from now on wait for the new page.
   * Main defers this while a session runs, so no session is lost.
   */
  reloadInPlace(): void {
    if (!this.window || this.window.isDestroyed()) return;
    this.messenger.reset();
    this.window.loadURL(this.pageFor(hashForView(this.state.view))).catch((error: unknown) => this.options.log?.('the window could not load its page', error));
  }

  /** The page's address for `hash`, in the current language. */
  private pageFor(hash: string): string {
    return this.options.pageUrl?.(hash) ?? `${APP_ENTRY}${hash}`;
  }

  /** The window, made (hidden) and loaded at `hash` if there is none; `hash` defaults to the last view. */
  private ensure(hash = hashForView(this.state.view)): BrowserWindow {
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
    win.on('hide', () => this.armGrace());
    win.on('show', () => this.stopGrace());
    win.on('closed', () => {
      if (this.window === win) this.window = null;
      this.stopGrace();
    });
    // A window made again opens on the view the last one showed (no flash of home first).
    win.loadURL(this.pageFor(hash)).catch((error: unknown) => this.options.log?.('the window could not load its page', error));
    this.window = win;
    return win;
  }
}
