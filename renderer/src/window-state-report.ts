import type { View, WindowState } from '@electron/shell/common/app-channels';

/**
 * Tells main what the main window shows and whether it holds something only it has: a session
 * opened, or a draft not yet saved. Main destroys a window that stayed hidden for a while unless it
 * holds something (electron/main/main-window.ts), so every draft takes a hold while it is unsaved.
 * Only changes are sent: a page typing in a field sends nothing per keystroke.
 */
export class WindowStateReporter {
  private view: View = 'home';
  private session = false;
  private drafts = 0;
  private last: WindowState | null = null;

  constructor(private readonly send: (state: WindowState) => void) {}

  setView(view: View, sessionOpen: boolean): void {
    this.view = view;
    this.session = sessionOpen;
    this.report();
  }

  /** An unsaved draft appeared; the function returned lets go of it (once, however often called). */
  hold(): () => void {
    this.drafts += 1;
    this.report();
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.drafts -= 1;
      this.report();
    };
  }

  private report(): void {
    const state: WindowState = { view: this.view, holds: this.session || this.drafts > 0 };
    if (this.last && this.last.view === state.view && this.last.holds === state.holds) return;
    this.last = state;
    this.send(state);
  }
}
