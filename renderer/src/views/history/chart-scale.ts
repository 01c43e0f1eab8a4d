/** The chart's scales, kept apart from drawing so their rules are tested on their own. */

/** Round steps a person reads at a glance on a minutes axis. */
const MINUTE_STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 240];
/** At most this many steps above zero, so the gridlines stay light. */
const MAX_STEPS = 4;

/**
 * The minutes axis: 0 and round values up to the first one at or above the busiest day (at least
 * 5 minutes, so one short session does not fill the chart).
 */
export function minuteTicks(busiest: number): number[] {
  const top = Math.max(5, Math.ceil(busiest));
  const step = MINUTE_STEPS.find((s) => Math.ceil(top / s) <= MAX_STEPS) ?? Math.ceil(top / MAX_STEPS / 60) * 60;
  const count = Math.ceil(top / step);
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

/** Pain is always 0–10; three gridlines are enough to place a mark. */
export const PAIN_TICKS = [0, 5, 10] as const;

/**
 * Which days get a label under the chart: every day of a week, otherwise about every fifth day
 * of a month or every fortnight of 3 months, counted back from today so today is always labelled.
 */
export function labelledDays(count: number): Set<number> {
  const every = count <= 7 ? 1 : count <= 31 ? 5 : 14;
  const labelled = new Set<number>();
  for (let i = count - 1; i >= 0; i -= every) labelled.add(i);
  return labelled;
}
