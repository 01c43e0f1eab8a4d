// The presence port: whether the user is in a call, presenting, or has asked for quiet. The
// scheduler reads it next to its coarse idle sample, so a call is never mistaken for a break and no
// reminder lands on a shared screen. Adapters live in electron/presence/; this file is the contract.
import type { PresenceFinding } from '../presence/common/presence-types';

/** null = this signal is unknown here (unsupported, switched off, or the probe failed). */
export type PresenceSignal = boolean | null;

export interface PresenceReading {
  inCall: PresenceSignal;
  presenting: PresenceSignal;
  dnd: PresenceSignal;
  /** human words for why, e.g. "microphone in use by zoom", or null */
  reason: string | null;
}

/** One finding of the last reading, kept so Settings can say what this computer can tell. */
export interface RecordedFinding extends PresenceFinding {
  /** The probe failed or ran out of time (`reason` says how); false: this is what it answered. */
  failed: boolean;
}

export interface PresenceSource {
  /** The latest reading; never blocks. Starts a background refresh when the last one is older than maxAgeMs. */
  current(maxAgeMs?: number): PresenceReading;
  /** Takes a fresh reading now (time-boxed; never rejects). */
  refresh(): Promise<PresenceReading>;
  /**
   * Calls `listener` when a probe that watches (rather than polls) saw something change, so a call
   * is noticed as it begins instead of at the scheduler's next look. Returns the unsubscribe.
   */
  subscribe(listener: () => void): () => void;
  /**
   * What each probe said at the last reading (empty before the first). Only switches that were on
   * then have findings. Read-only: it never starts a reading.
   */
  findings(): readonly RecordedFinding[];
  dispose(): void;
}

export const UNKNOWN_PRESENCE: PresenceReading = Object.freeze({
  inCall: null,
  presenting: null,
  dnd: null,
  reason: null,
});
