import { globalShortcut } from 'electron';

/**
 * The global focus-mode shortcut. Re-registered when the setting changes; if another app holds
 * the combination, the user is told instead of the shortcut silently doing nothing.
 */
export class FocusShortcut {
  private current: string | null = null;

  constructor(
    private readonly onPress: () => void,
    private readonly onUnavailable: (accelerator: string) => void,
  ) {}

  apply(accelerator: string): void {
    if (accelerator === this.current) return;
    if (this.current) globalShortcut.unregister(this.current);
    this.current = null;
    let ok = false;
    try {
      ok = globalShortcut.register(accelerator, this.onPress);
    } catch {
      ok = false;
    }
    if (ok) this.current = accelerator;
    else this.onUnavailable(accelerator);
  }

  dispose(): void {
    if (this.current) globalShortcut.unregister(this.current);
    this.current = null;
  }
}
