import { globalShortcut } from 'electron';

/**
 * Limber's global shortcuts, each named by what it does and re-applied when its setting changes.
 * An empty accelerator means "no shortcut". If the combination cannot be had (another app holds
 * it, or another Limber shortcut already uses it), the user is told instead of the shortcut
 * silently doing nothing.
 */
export class GlobalShortcuts<Name extends string> {
  private readonly held = new Map<Name, string>();

  constructor(private readonly onUnavailable: (name: Name, accelerator: string, takenBy: Name | null) => void) {}

  apply(name: Name, accelerator: string, onPress: () => void): void {
    const current = this.held.get(name);
    if (accelerator === current) return;
    if (current) globalShortcut.unregister(current);
    this.held.delete(name);
    if (!accelerator) return;
    const ours = [...this.held].find(([, held]) => held === accelerator)?.[0] ?? null;
    if (ours) {
      this.onUnavailable(name, accelerator, ours);
      return;
    }
    let ok = false;
    try {
      ok = globalShortcut.register(accelerator, onPress);
    } catch {
      ok = false;
    }
    if (ok) this.held.set(name, accelerator);
    else this.onUnavailable(name, accelerator, null);
  }

  dispose(): void {
    for (const accelerator of this.held.values()) globalShortcut.unregister(accelerator);
    this.held.clear();
  }
}
