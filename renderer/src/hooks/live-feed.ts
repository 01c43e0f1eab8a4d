import type { IpcResult } from '@electron/base/common/result';
import type { LiveAction } from './live-data-state';
import { errorMessage } from '@electron/base/common/error-message';

/** Where one piece of live data comes from: a fetch, and the events that say it changed. */
export interface LiveSource<T> {
  fetch: () => Promise<IpcResult<T>>;
  /**
   * Listen for changes and return the unsubscribe. Call `push` when the event carries the new
   * value, `refetch` when it only says that something changed.
   */
  subscribe: (push: (value: T) => void, refetch: () => void) => () => void;
  /** A value already known when a screen mounts (early-source.ts): drawn at once, then refreshed. */
  known?: () => T | undefined;
}

/**
 * Runs a LiveSource for one mounted component: tickets every fetch and push in the order they
 * start, and turns results into reducer actions. After close() nothing more is dispatched, so a
 * fetch that resolves after the component is gone changes nothing. Framework-free, so tests drive
 * it with plain promises.
 */
export class LiveFeed<T> {
  private lastTicket = 0;
  private closed = false;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly source: LiveSource<T>,
    private readonly dispatch: (action: LiveAction<T>) => void,
  ) {}

  /** Subscribe first, then fetch, so a change between the two is never missed. */
  open(): void {
    this.unsubscribe = this.source.subscribe(
      (value) => this.push(value),
      () => this.refetch(),
    );
    this.refetch();
  }

  refetch(): void {
    if (this.closed) return;
    const ticket = ++this.lastTicket;
    Promise.resolve()
      .then(() => this.source.fetch())
      .then(
        (result) =>
          this.send(
            result.ok
              ? { type: 'arrived', ticket, value: result.value }
              : { type: 'failed', ticket, message: result.error.message },
          ),
        (error: unknown) => this.send({ type: 'failed', ticket, message: errorMessage(error) }),
      );
  }

  /** After a failure: show "loading" again and fetch anew. */
  retry(): void {
    this.send({ type: 'retrying' });
    this.refetch();
  }

  /** A value known to be current now (an event's payload, or what an action returned). */
  push(value: T): void {
    if (this.closed) return;
    this.send({ type: 'arrived', ticket: ++this.lastTicket, value });
  }

  close(): void {
    this.closed = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private send(action: LiveAction<T>): void {
    if (!this.closed) this.dispatch(action);
  }
}
