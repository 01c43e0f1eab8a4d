import type { Notice } from '../common/app-channels';

/**
 * Messages for the user that must be read once: kept until the page dismisses them, and pushed
 * to open pages the moment they are raised (a notice raised after start-up shows at once).
 */
export class NoticeBoard {
  private readonly pending = new Map<string, Notice>();

  constructor(private readonly push: (notice: Notice) => void = () => {}) {}

  add(notice: Notice): void {
    this.pending.set(notice.id, notice);
    this.push(notice);
  }

  /** A store that had to repair its file says so once. */
  addRecovery(id: string, recovery: { message: string } | null): void {
    if (recovery) this.add({ id, level: 'warning', message: recovery.message });
  }

  list(): Notice[] {
    return [...this.pending.values()];
  }

  dismiss(id: string): boolean {
    return this.pending.delete(id);
  }
}
