import { BrowserWindow, screen, type WebPreferences } from 'electron';
import type { ReminderInfo, ReminderWindowPort } from '../breaks/node/reminder-presenter';
import { APP_ENTRY } from './app-protocol';
import { windowBackground } from './window-background';
import { t } from '../i18n/common/translate';

/** The page's own area; ReminderView.css lays everything out to fit exactly this. */
const WIDTH = 400;
const HEIGHT = 210;
/** A page that keeps crashing is not brought back in a loop: at most this many times in a row. */
const MAX_RECOVERIES = 3;

/**
 * The small always-on-top reminder with Start / Snooze / Skip. Created hidden for each reminder and
 * destroyed once it is answered or closed (a kept renderer holds about 13 MB all day; making a new
 * one costs about 0.1–0.15 s of CPU a few times an hour: README); shown without taking focus, so a sentence being typed is never lost. It is shown only
 * once its page has drawn (no blank or white frame), in the corner of the display under the
 * pointer (where the person works), and a page that crashed is replaced by a fresh window.
 *
 * Where windows cannot float (Wayland: no always-on-top, no positioning, no showing without focus)
 * it is an ordinary window that does not pretend: it has a taskbar entry, the compositor places it,
 * and showing it may take focus. The presenter uses it there only when notifications cannot carry
 * the buttons or the user asked for it.
 */
export class ReminderWindow implements ReminderWindowPort {
  private window: BrowserWindow | null = null;
  /** The page has drawn at least once (ready-to-show came). */
  private ready = false;
  /** What is on screen, or waiting for the page to be ready. */
  private current: ReminderInfo | null = null;
  private recoveries = 0;

  /** `webPreferences` come from secureWebPreferences() (hardening.ts). */
  constructor(
    private readonly webPreferences: WebPreferences,
    private readonly floats = true,
    private readonly log: (message: string, error?: unknown) => void = () => {},
    /** The page's address, with the language in its query (language.ts: pageUrl). */
    private readonly pageUrl: () => string = () => `${APP_ENTRY}#reminder`,
  ) {}

  get webContentsId(): number | null {
    return this.window && !this.window.isDestroyed() ? this.window.webContents.id : null;
  }

  show(info: ReminderInfo): void {
    this.recoveries = 0;
    this.open(info);
  }

  /** The reminder up now in new words: kept for a page that reloads or recovers, and sent to the page. */
  update(info: ReminderInfo): void {
    if (this.current?.id !== info.id) return;
    this.current = info;
    if (this.window && !this.window.isDestroyed()) this.send(info);
  }

  private open(info: ReminderInfo): void {
    this.current = info;
    const win = this.ensure();
    this.send(info);
    if (this.ready) this.reveal(win);
  }

  /** Answered, withdrawn or replaced: the window and its renderer go; the next reminder makes its own. */
  hide(): void {
    this.destroy();
  }

  destroy(): void {
    this.current = null;
    const win = this.window;
    this.window = null;
    if (win && !win.isDestroyed()) win.destroy();
  }

  /**
   * A new language: an open reminder page loads again at its new address and pulls the reminder on
   * screen itself (ReminderView); the window, its place and the reminder stay.
   */
  reload(): void {
    const win = this.window;
    if (!win || win.isDestroyed()) return;
    win.setTitle(t('main.reminderWindow.title'));
    win.loadURL(this.pageUrl()).catch((error: unknown) => this.log('the reminder window could not load its page', error));
  }

  private reveal(win: BrowserWindow): void {
    if (win.isDestroyed()) return;
    if (!this.floats) {
      win.show();
      return;
    }
    // On the display under the pointer; Electron answers with the primary one when it cannot tell.
    const area = screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).workArea;
    const outer = win.getBounds(); // the content size plus whatever frame the desktop draws
    win.setPosition(area.x + area.width - outer.width - 24, area.y + area.height - outer.height - 24);
    win.showInactive();
  }

  /** A page still loading pulls the current reminder itself when it starts (ReminderView). */
  private send(info: ReminderInfo | null): void {
    const contents = this.window && !this.window.isDestroyed() ? this.window.webContents : null;
    if (contents && !contents.isLoading()) contents.send('reminder:changed', info);
  }

  /** The page is gone: a new window takes over, and shows the reminder that was up, if any. */
  private recover(win: BrowserWindow, reason: string): void {
    if (this.window !== win) return;
    this.log(`the reminder page stopped (${reason}): making a new window`);
    this.window = null;
    if (!win.isDestroyed()) win.destroy();
    this.recoveries += 1;
    if (this.current && this.recoveries <= MAX_RECOVERIES) this.open(this.current);
  }

  private ensure(): BrowserWindow {
    if (this.window && !this.window.isDestroyed()) return this.window;
    this.ready = false;
    const win = new BrowserWindow({
      width: WIDTH,
      height: HEIGHT,
      // Without this, a title bar would come out of the 210 px and the buttons would not fit.
      useContentSize: true,
      show: false,
      backgroundColor: windowBackground(),
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      alwaysOnTop: this.floats,
      skipTaskbar: this.floats,
      title: t('main.reminderWindow.title'),
      webPreferences: this.webPreferences,
    });
    // The application menu (Quit, zoom) is for the main window; on Windows and Linux it would
    // otherwise sit as a bar above the reminder's buttons (removeMenu is theirs only).
    if (process.platform !== 'darwin') win.removeMenu();
    if (this.floats) win.setAlwaysOnTop(true, 'floating');
    // Closing the reminder is the same as dismissing it: the window closes for good (the reminder
    // stays current, so a page crash or a new reminder makes a fresh window).
    win.on('closed', () => {
      if (this.window === win) this.window = null;
    });
    win.once('ready-to-show', () => {
      if (this.window !== win) return;
      this.ready = true;
      if (this.current) {
        this.send(this.current);
        this.reveal(win);
      }
    });
    win.webContents.on('render-process-gone', (_event, details) => this.recover(win, details.reason));
    win.loadURL(this.pageUrl()).catch((error: unknown) => this.log('the reminder window could not load its page', error));
    this.window = win;
    return win;
  }
}
