import { BrowserWindow, screen, type WebPreferences } from 'electron';
import type { ReminderInfo, ReminderWindowPort } from '../breaks/node/reminder-presenter';
import { APP_ENTRY } from './app-protocol';

/** The page's own area; ReminderView.css lays everything out to fit exactly this. */
const WIDTH = 400;
const HEIGHT = 210;

/**
 * The small always-on-top reminder with Start / Snooze / Skip. Created once and reused; shown
 * without taking focus, so a sentence being typed is never lost.
 *
 * Where windows cannot float (Wayland: no always-on-top, no positioning, no showing without focus)
 * it is an ordinary window that does not pretend: it has a taskbar entry, the compositor places it,
 * and showing it may take focus. The presenter uses it there only when notifications cannot carry
 * the buttons or the user asked for it.
 */
export class ReminderWindow implements ReminderWindowPort {
  private window: BrowserWindow | null = null;

  /** `webPreferences` come from secureWebPreferences() (hardening.ts). */
  constructor(
    private readonly webPreferences: WebPreferences,
    private readonly floats = true,
  ) {}

  get webContentsId(): number | null {
    return this.window && !this.window.isDestroyed() ? this.window.webContents.id : null;
  }

  show(info: ReminderInfo): void {
    const win = this.ensure();
    this.send(info);
    if (!this.floats) {
      win.show();
      return;
    }
    const area = screen.getPrimaryDisplay().workArea;
    const outer = win.getBounds(); // the content size plus whatever frame the desktop draws
    win.setPosition(area.x + area.width - outer.width - 24, area.y + area.height - outer.height - 24);
    win.showInactive();
  }

  hide(): void {
    this.send(null);
    if (this.window && !this.window.isDestroyed()) this.window.hide();
  }

  destroy(): void {
    this.window?.destroy();
    this.window = null;
  }

  /** A page still loading pulls the current reminder itself when it starts (ReminderView). */
  private send(info: ReminderInfo | null): void {
    const contents = this.window && !this.window.isDestroyed() ? this.window.webContents : null;
    if (contents && !contents.isLoading()) contents.send('reminder:changed', info);
  }

  private ensure(): BrowserWindow {
    if (this.window && !this.window.isDestroyed()) return this.window;
    const win = new BrowserWindow({
      width: WIDTH,
      height: HEIGHT,
      // Without this, a title bar would come out of the 210 px and the buttons would not fit.
      useContentSize: true,
      show: false,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      alwaysOnTop: this.floats,
      skipTaskbar: this.floats,
      title: 'Limber reminder',
      webPreferences: this.webPreferences,
    });
    if (this.floats) win.setAlwaysOnTop(true, 'floating');
    win.on('close', (event) => {
      // Closing the reminder is the same as dismissing it; the window is kept for the next one.
      event.preventDefault();
      win.hide();
    });
    void win.loadURL(`${APP_ENTRY}#reminder`);
    this.window = win;
    return win;
  }
}
