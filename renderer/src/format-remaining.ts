import { formatMinutes, formatMinutesSeconds } from '@electron/i18n/common/format';

/** From this many seconds left, the countdown shows whole minutes only. */
const MINUTES_ONLY_FROM_S = 600;

/**
 * The break countdown: "23 min", "4 min, 5 sec", "45 sec" — calm at a distance, exact when close.
 * Only the rule of which form to show lives here; the words and units come from the shared
 * formatters, in the active language.
 */
export function formatRemaining(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  if (totalSeconds >= MINUTES_ONLY_FROM_S) return formatMinutes(Math.ceil(totalSeconds / 60));
  return formatMinutesSeconds(totalSeconds);
}

/**
 * How long formatRemaining(ms) keeps showing the same text as time runs down: until `ms` reaches
 * the next lower whole minute while whole minutes are shown, else the next lower whole second.
 * Always ≥ 1 ms, so a caller never spins.
 */
export function msUntilLabelChanges(ms: number): number {
  const step = ms > MINUTES_ONLY_FROM_S * 1000 ? 60_000 : 1000;
  return ((Math.ceil(ms) - 1) % step) + 1;
}
