// Stand-ins for the long-lived helpers and their clock: a spawner that records every helper it
// starts and lets the test make it print or die, and timers the test moves by hand.
import type { Timers } from '../../../../electron/ports/scheduler';
import type { HelperEvents, HelperSpawner } from '../../../../electron/presence/adapters/helper-process';

export class FakeHelper {
  killed = false;
  exited = false;
  readonly written: string[] = [];
  constructor(
    readonly command: string,
    private readonly events: HelperEvents,
  ) {}

  print(...lines: string[]): void {
    for (const line of lines) this.events.onLine(line);
  }

  die(why = 'exited (code 1)'): void {
    this.exited = true;
    this.events.onExit(`${this.command.split(' ')[0] ?? ''} ${why}`);
  }
}

export class FakeSpawner {
  readonly started: FakeHelper[] = [];
  /** While set, a helper fails as it starts (as a missing program does), with these words. */
  failing: string | null = null;

  readonly spawn: HelperSpawner = (file, args, _options, events) => {
    const helper = new FakeHelper([file, ...args].join(' '), events);
    this.started.push(helper);
    if (this.failing !== null) helper.die(this.failing);
    return {
      write: (text) => helper.written.push(text),
      kill: () => {
        helper.killed = true;
      },
    };
  };

  get latest(): FakeHelper {
    const helper = this.started.at(-1);
    if (!helper) throw new Error('no helper was started');
    return helper;
  }
}

export class ManualTimers implements Timers {
  now = 0;
  private nextId = 1;
  private readonly due = new Map<number, { at: number; callback: () => void }>();

  set(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.due.set(id, { at: this.now + ms, callback });
    return id;
  }

  clear(handle: unknown): void {
    this.due.delete(handle as number);
  }

  /** Moves the clock on, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const next = [...this.due.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      this.due.delete(next[0]);
      this.now = next[1].at;
      next[1].callback();
    }
    this.now = end;
  }

  get pending(): number {
    return this.due.size;
  }
}

/** Lets promise callbacks (a fetch's then/finally) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
