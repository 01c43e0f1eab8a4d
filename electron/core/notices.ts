import type { Notice } from './ipc/channels/app';

/** Messages for the user that must be read once: kept until the page is ready and dismisses them. */
export class NoticeBoard {
  private readonly pending = new Map<string, Notice>();

  add(notice: Notice): void {
    this.pending.set(notice.id, notice);
  }

  list(): Notice[] {
    return [...this.pending.values()];
  }

  dismiss(id: string): boolean {
    return this.pending.delete(id);
  }
}
