// A helper that runs as long as Limber does and prints a line whenever something changes
// (`pactl subscribe`, `gsettings monitor`, `gdbus monitor`): started once instead of a process per
// sample. When it dies it is started again after 5 s, then 10 s, 20 s … up to 5 minutes, so a
// helper that cannot run (not installed, no sound server) costs a few processes an hour, not a
// respawn storm; a run that lasted long starts the wait over at 5 s.
import type { Timers } from '../../ports/scheduler';
import { spawnHelper, type HelperProcess, type HelperSpawner } from './helper-process';

export interface WatchedProcessOptions {
  file: string;
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  onLine(line: string): void;
  /**
   * true once the helper is surely listening (it printed a line, or it has run for `settleMs`:
   * these helpers say nothing when they are ready), false when it stopped (or never started).
   */
  onRunning(running: boolean, why: string | null): void;
  spawn?: HelperSpawner;
  timers?: Timers;
  /** Monotonic milliseconds. */
  now?: () => number;
  settleMs?: number;
  firstRestartMs?: number;
  maxRestartMs?: number;
}

export const SETTLE_MS = 500;
export const FIRST_RESTART_MS = 5_000;
export const MAX_RESTART_MS = 5 * 60_000;

/** setTimeout that never keeps Limber running. */
export const unrefTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms).unref(),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class WatchedProcess {
  private child: HelperProcess | null = null;
  private settled = false;
  private startedAt = 0;
  private settleTimer: unknown = null;
  private restartTimer: unknown = null;
  private restartMs: number;
  private disposed = false;
  /** Processes started so far. */
  starts = 0;
  /** Why it last stopped, for a reason in words. */
  lastError: string | null = null;

  private readonly timers: Timers;
  private readonly now: () => number;

  constructor(private readonly options: WatchedProcessOptions) {
    this.timers = options.timers ?? unrefTimers;
    this.now = options.now ?? (() => performance.now());
    this.restartMs = options.firstRestartMs ?? FIRST_RESTART_MS;
  }

  /** Listening now: started, not dead, and past its first moments. */
  get running(): boolean {
    return this.settled;
  }

  start(): void {
    if (this.disposed || this.child || this.restartTimer !== null) return;
    this.starts++;
    this.startedAt = this.now();
    const run: { child: HelperProcess | null; over: boolean } = { child: null, over: false };
    const spawn = this.options.spawn ?? spawnHelper;
    const child = spawn(
      this.options.file,
      this.options.args,
      { env: this.options.env },
      {
        onLine: (line) => {
          if (this.disposed || run.over || this.child !== run.child) return;
          this.settle();
          this.options.onLine(line);
        },
        onExit: (why) => {
          run.over = true;
          if (this.disposed || this.child !== run.child) return;
          this.stopped(why);
        },
      },
    );
    run.child = child;
    if (run.over) return; // it failed before spawn returned; stopped() already ran
    this.child = child;
    this.settleTimer = this.timers.set(() => {
      this.settleTimer = null;
      this.settle();
    }, this.options.settleMs ?? SETTLE_MS);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.clearTimers();
    this.child?.kill();
    this.child = null;
    this.settled = false;
  }

  private settle(): void {
    if (this.settled || !this.child) return;
    this.settled = true;
    if (this.settleTimer !== null) this.timers.clear(this.settleTimer);
    this.settleTimer = null;
    this.options.onRunning(true, null);
  }

  private stopped(why: string): void {
    this.child = null;
    this.settled = false;
    this.lastError = why;
    this.clearTimers();
    const max = this.options.maxRestartMs ?? MAX_RESTART_MS;
    // A helper that ran a good while died of something passing (a sound server restart): start over.
    if (this.now() - this.startedAt >= max) this.restartMs = this.options.firstRestartMs ?? FIRST_RESTART_MS;
    const wait = this.restartMs;
    this.restartMs = Math.min(this.restartMs * 2, max);
    this.restartTimer = this.timers.set(() => {
      this.restartTimer = null;
      this.start();
    }, wait);
    this.options.onRunning(false, why);
  }

  private clearTimers(): void {
    if (this.settleTimer !== null) this.timers.clear(this.settleTimer);
    if (this.restartTimer !== null) this.timers.clear(this.restartTimer);
    this.settleTimer = null;
    this.restartTimer = null;
  }
}
