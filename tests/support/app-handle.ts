import type { Page } from '@playwright/test';
import type { View } from '../../electron/shell/common/app-channels';

/** What a test gets, whichever backend runs it. */
export interface LimberApp {
  readonly backend: 'electron' | 'chromium';
  /** The main window's page; replaced by relaunch(). */
  page: Page;
  readonly userDataDir: string;
  /** Files main asked the system's viewer to open (Chromium backend: recorded, not opened). */
  readonly openedFiles?: readonly string[];
  /** Do what the tray menu does: ask the window to show a view. */
  navigate(view: View): Promise<void>;
  /**
   * Open another window of the real build at `hash` (e.g. the reminder window, '#reminder'), with
   * a content area of `size`, where `apiScript` runs before the page and provides window.limber.
   */
  openStandalone(hash: string, size: { width: number; height: number }, apiScript: string): Promise<Page>;
  /** Do what a reminder's Start (or the tray's) does: ask the window to start this routine. */
  openSession(routineId: string): Promise<void>;
  /**
   * As if `ms` passed at the desk with the keyboard in use (main's wall,
   * monotonic and boot clocks move on together, so it is no sleep and no clock change), main looks
   * at its clocks (a break falls due and is presented), and the reminder window opens on the same
   * main, at `size`, with the real preload API. The Chromium backend's main runs on clocks the
   * harness can move; the Electron backend's runs on the real ones and refuses with a reason.
   */
  remindAfter(ms: number, size: { width: number; height: number }): Promise<Page>;
  /** Quit and start again on the same user-data directory. */
  relaunch(): Promise<Page>;
  close(): Promise<void>;
}
