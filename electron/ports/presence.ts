// The presence port: whether the user is in a call, presenting, or has asked for quiet. The
// scheduler reads it next to its coarse idle sample, so a call is never mistaken for a break and no
// reminder lands on a shared screen. Probes (adapters in electron/presence/adapters/) answer for one
// or more signals; the cached source (presence/node) merges and time-boxes them.
import type { PresenceFinding, PresenceReading, PresenceSwitches, PresenceSwitchName, RecordedFinding } from '../presence/common/presence-types';

export type {
  PresenceFinding,
  PresenceReading,
  PresenceSignal,
  PresenceSignalName,
  PresenceSwitches,
  PresenceSwitchName,
  RecordedFinding,
} from '../presence/common/presence-types';
export { SWITCH_SIGNAL, UNKNOWN_PRESENCE } from '../presence/common/presence-types';

export interface ProbeContext {
  /** Aborted when the probe's time box ends or the source is disposed: kill helpers, stop reading. */
  signal: AbortSignal;
  switches: PresenceSwitches;
}

export interface PresenceProbe {
  /** Stable words for logs, e.g. "PulseAudio recording streams". */
  readonly name: string;
  /** The same in the language main speaks now, where a person reads it (the Settings card); else `name`. */
  readonly label?: () => string;
  /** The switches this probe answers under; it is not run while all of them are off. */
  readonly uses: readonly PresenceSwitchName[];
  /** May reject; the caller turns a failure into "unknown" and logs it. */
  read(context: ProbeContext): Promise<PresenceFinding[]>;
  /**
   * For a probe that watches its source (a stream of events rather than a question per sample):
   * called once by the source with the function to call whenever the answer may have changed. Such
   * a probe's read() answers from what it has seen, so a reading costs no process.
   */
  watch?(onChange: () => void): void;
  /** Stops a long-lived helper the probe keeps (Windows' PowerShell); called once by the source's dispose(). */
  dispose?(): void;
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
