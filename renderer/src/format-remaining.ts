/** From this many seconds left, the countdown shows whole minutes only. */
const MINUTES_ONLY_FROM_S = 600;

/** "23 min", "4 min 05 s", "45 s": calm at a distance, exact when close. */
export function formatRemaining(ms: number): string {
  const totalSeconds = Math.ceil(ms / 1000);
  if (totalSeconds >= MINUTES_ONLY_FROM_S) return `${Math.ceil(totalSeconds / 60)} min`;
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds} s`;
  return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
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
