import type { Clock, Timers } from '../../ports/scheduler';
import type { IdleNote } from '../common/status';

/** A wall-clock move this far beyond real elapsed time is a sleep or a clock change. */
export const JUMP_THRESHOLD_MS = 30_000;

/**
 * Compares how far wall time and monotonic time moved since the last look: the gap is a sleep
 * (monotonic time stops in a suspend) or a clock change. Boot time, where the OS gives it, runs
 * on through a sleep but not through a clock change, and so tells the two apart.
 */
export class JumpWatch {
  private baseline: { wall: number; mono: number; boot: number | null };

  constructor(private readonly clock: Clock) {
    this.baseline = this.read();
  }

  private read() {
    return { wall: this.clock.now(), mono: this.clock.monotonic(), boot: this.clock.boottime?.() ?? null };
  }

  /** The gap since the last look, without moving the baseline. */
  drift(): number {
    const now = this.read();
    return now.wall - this.baseline.wall - (now.mono - this.baseline.mono);
  }

  /** A jump since the last look (and the baseline moves to now), or null if none. `slept`: undefined when the OS cannot tell. */
  take(): { delta: number; slept: boolean | undefined } | null {
    const now = this.read();
    const before = this.baseline;
    this.baseline = now;
    const delta = now.wall - before.wall - (now.mono - before.mono);
    if (Math.abs(delta) <= JUMP_THRESHOLD_MS) return null;
    const slept =
      now.boot === null || before.boot === null
        ? undefined
        : now.boot - before.boot - (now.mono - before.mono) > delta / 2;
    return { delta, slept };
  }
}

/** Idle readings of exactly 0 for this long mean a broken source, not a tireless typist. */
const STUCK_AFTER_MS = 90 * 60_000;

/**
 * Reads the OS idle counter and judges whether it can be trusted: null (Wayland: the OS cannot
 * tell) and a counter stuck at 0 are both shown to the user, and both mean "no idle detection".
 */
export class IdleWatch {
  note: IdleNote = null;
  lastMs = 0;
  private zeroSince: number | null = null;

  /** The idle time in ms, or null when it cannot be trusted. `monoNow`: monotonic ms, so a sleep or a clock change never ages the zeros. */
  read(seconds: number | null, monoNow: number): number | null {
    const now = monoNow;
    if (seconds === null || !Number.isFinite(seconds) || seconds < 0) {
      this.note = 'unsupported';
      return null;
    }
    if (seconds === 0) {
      this.zeroSince ??= now;
      if (now - this.zeroSince >= STUCK_AFTER_MS) {
        this.note = 'stuck';
        return null;
      }
    } else this.zeroSince = null;
    this.note = null;
    this.lastMs = seconds * 1000;
    return this.lastMs;
  }
}

/**
 * How often main glances at the clocks. A sleep the OS does not announce (no suspend or resume
 * event) stops the monotonic clock and with it every timer, so the scheduler's own timer (a
 * coarse idle look, up to minutes long) would leave the tray showing a break time already past
 * after the wake. The glance is two clock reads; the scheduler does nothing unless they disagree
 * or a deadline has passed (issue 19: "the tray shows a break time in the past for about 30 s").
 */
export const CLOCK_GLANCE_MS = 5_000;

/** Calls `catchUp` every `everyMs` until the returned stop is called. */
export function glanceAtClocks(timers: Timers, catchUp: () => void, everyMs: number): () => void {
  let handle: unknown = null;
  let stopped = false;
  const tick = (): void => {
    if (stopped) return;
    catchUp();
    handle = timers.set(tick, everyMs);
  };
  handle = timers.set(tick, everyMs);
  return () => {
    stopped = true;
    timers.clear(handle);
  };
}
