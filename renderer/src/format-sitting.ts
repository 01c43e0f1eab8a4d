import { formatMinutes } from '@electron/i18n/common/format';
import { t } from '@electron/i18n/common/translate';

const MINUTE = 60_000;

/** "Sitting for 38 min", "Sitting for 1 hr, 5 min": whole minutes, since a break ended. */
export function formatSitting(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  if (minutes < 1) return t('app.break.sittingUnderMinute');
  return t('app.break.sittingFor', { duration: formatMinutes(minutes) });
}

/**
 * How long formatSitting(ms) keeps showing the same text as time goes on: until the next whole
 * minute of sitting. Always ≥ 1 ms, so a caller never spins.
 */
export function msUntilSittingChanges(ms: number): number {
  if (ms < 0) return Math.ceil(-ms);
  return MINUTE - (Math.floor(ms) % MINUTE);
}
