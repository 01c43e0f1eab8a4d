/** How often the scheduler's runtime looks at the world: one timer, never a fixed tick. */

/** While away, look for the user's return this often; the return time is read back from idle. */
export const AWAY_SAMPLE_MS = 6 * 60_000;
/** Wake at least this often to notice clock jumps even when nothing is scheduled. */
export const MAX_SLEEP_MS = 10 * 60_000;
/** A suspend this long with the process still running and no sleep seen was not a suspend. */
export const SPURIOUS_SUSPEND_MS = 60_000;
export const MIN_DELAY_MS = 1_000;
/** While a call holds reminders, look for its end this often (the held break follows within a minute). */
export const HOLD_SAMPLE_MS = 30_000;
/** A reminder due with an older presence reading waits this long for a fresh one (probes are time-boxed to 1.5 s). */
export const PRESENCE_LEAD_MS = 2_000;
