import type { Timers } from '../../ports/scheduler';

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
