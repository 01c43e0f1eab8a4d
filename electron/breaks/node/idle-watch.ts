import type { IdleNote } from '../common/status';

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
