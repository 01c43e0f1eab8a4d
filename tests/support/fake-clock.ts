/**
 * The one test clock under every fake desk, simulation and bench: a wall clock, a monotonic clock
 * that stops while the machine sleeps (as on Linux), and one-shot timers on monotonic time. Time
 * only moves when a test says so; `advanceToward` steps it timer by timer, so what a timer does
 * happens at exactly its moment.
 */
export class FakeClock {
  wall: number;
  mono = 0;
  /** Time spent asleep: real time is monotonic time plus this. */
  slept = 0;
  readonly timers = new Map<number, { at: number; cb: () => void }>();
  /** The most timers ever armed at once. */
  maxArmed = 0;
  private nextTimerId = 1;

  constructor(start: number) {
    this.wall = start;
  }

  /** The Timers port the code under test is given. */
  readonly timerPort = {
    set: (cb: () => void, ms: number): number => {
      const id = this.nextTimerId++;
      this.timers.set(id, { at: this.mono + Math.max(0, ms), cb });
      this.maxArmed = Math.max(this.maxArmed, this.timers.size);
      return id;
    },
    clear: (id: unknown): void => void this.timers.delete(id as number),
  };

  /** Real time since the start, sleep included. */
  get real(): number {
    return this.mono + this.slept;
  }

  /**
   * Moves both clocks to the earliest timer due by `end` and returns its callback (disarmed), or to
   * `end` and returns null when none is due by then.
   */
  advanceToward(end: number): (() => void) | null {
    const next = [...this.timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
    const stepTo = next && next[1].at <= end ? next[1].at : end;
    this.wall += stepTo - this.mono;
    this.mono = stepTo;
    if (!next || next[1].at > end) return null;
    this.timers.delete(next[0]);
    return next[1].cb;
  }

  /** The machine sleeps `ms`: wall time runs on, monotonic time and timers stand still. */
  asleep(ms: number): void {
    this.wall += ms;
    this.slept += ms;
  }

  /** Someone sets the wall clock by `delta` (negative: back). */
  jump(delta: number): void {
    this.wall += delta;
  }
}
