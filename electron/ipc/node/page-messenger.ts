import type { EventName } from '../common/contract';

/**
 * Events whose newest payload replaces every earlier one: a page that was not listening needs
 * only the latest status, settings, reminder or view, not each step on the way there.
 */
const LATEST_ONLY: ReadonlySet<string> = new Set<EventName>([
  'breaks:status',
  'settings:changed',
  'history:changed',
  'reminder:changed',
  'app:navigate',
]);

/** Most events a page that is not ready can be owed; older ones are dropped first. */
export const MAX_QUEUED_EVENTS = 100;

export interface PageMessengerOptions {
  maxQueued?: number;
  /** Told once per messenger when the queue first overflows. */
  log?: (message: string) => void;
}

/**
 * Main → page messages wait until the page says it is ready (after every load), then flush in
 * order. Used by the Electron window and by the e2e harness alike. A window that is never opened
 * must not cost memory: status-like events keep only their latest value, and the queue is
 * bounded, dropping the oldest. What remains keeps the order it was sent in.
 */
export class PageMessenger {
  private ready = false;
  private queue: Array<[string, unknown]> = [];
  private overflowLogged = false;
  private readonly maxQueued: number;
  private readonly log: (message: string) => void;

  constructor(
    private readonly deliver: (event: string, payload: unknown) => void,
    options: PageMessengerOptions = {},
  ) {
    this.maxQueued = options.maxQueued ?? MAX_QUEUED_EVENTS;
    this.log = options.log ?? ((message) => console.warn(message));
  }

  /** How many events wait for the page. */
  get pending(): number {
    return this.queue.length;
  }

  send(event: string, payload: unknown): void {
    if (this.ready) {
      this.deliver(event, payload);
      return;
    }
    if (LATEST_ONLY.has(event)) {
      const earlier = this.queue.findIndex(([name]) => name === event);
      if (earlier >= 0) this.queue.splice(earlier, 1);
    }
    this.queue.push([event, payload]);
    if (this.queue.length > this.maxQueued) {
      this.queue.shift();
      if (!this.overflowLogged) {
        this.overflowLogged = true;
        this.log(`page not ready: more than ${this.maxQueued} events waiting, dropping the oldest (logged once)`);
      }
    }
  }

  /** The page is listening: deliver what waited. */
  markReady(): void {
    this.ready = true;
    const pending = this.queue;
    this.queue = [];
    for (const [event, payload] of pending) this.deliver(event, payload);
  }

  /** A new load started: hold messages until it is ready again. */
  reset(): void {
    this.ready = false;
  }
}
