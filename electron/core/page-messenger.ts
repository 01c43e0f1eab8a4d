/**
 * Main → page messages wait until the page says it is ready (after every load), then flush in
 * order. Used by the Electron window and by the e2e harness alike.
 */
export class PageMessenger {
  private ready = false;
  private queue: Array<[string, unknown]> = [];

  constructor(private readonly deliver: (event: string, payload: unknown) => void) {}

  send(event: string, payload: unknown): void {
    if (this.ready) this.deliver(event, payload);
    else this.queue.push([event, payload]);
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
