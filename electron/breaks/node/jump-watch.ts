import type { Clock } from '../../ports/scheduler';

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
