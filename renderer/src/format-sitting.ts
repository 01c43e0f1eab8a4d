const MINUTE = 60_000;

/** "Sitting for 38 min", "Sitting for 1 h 05 min": whole minutes, since a break ended. */
export function formatSitting(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  if (minutes < 1) return 'Sitting for less than a minute';
  if (minutes < 60) return `Sitting for ${minutes} min`;
  return `Sitting for ${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * How long formatSitting(ms) keeps showing the same text as time goes on: until the next whole
 * minute of sitting. Always ≥ 1 ms, so a caller never spins.
 */
export function msUntilSittingChanges(ms: number): number {
  if (ms < 0) return Math.ceil(-ms);
  return MINUTE - (Math.floor(ms) % MINUTE);
}
