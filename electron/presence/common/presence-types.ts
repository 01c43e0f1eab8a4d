// What one presence probe (an adapter in electron/presence/) hands to core. A probe answers for one
// or more signals, each under the settings switch that lets the user turn that way of knowing off;
// core merges the findings (combine.ts) and time-boxes the probes (cached-source.ts).
import type { PresenceReading, PresenceSignal } from '../../ports/presence';

export type PresenceSignalName = Exclude<keyof PresenceReading, 'reason'>;

/** The settings switch a finding comes under (settings.presence.<name>). */
export type PresenceSwitchName = 'microphone' | 'camera' | 'fullscreen' | 'dnd' | 'meetingApps';

export interface PresenceSwitches {
  microphone: boolean;
  camera: boolean;
  fullscreen: boolean;
  dnd: boolean;
  /** Process names that mean "in a meeting" when running; empty = this last resort is off. */
  meetingApps: string[];
}

/** Which signal each way of knowing speaks to: a finding's signal follows from its switch. */
export const SWITCH_SIGNAL: Readonly<Record<PresenceSwitchName, PresenceSignalName>> = Object.freeze({
  microphone: 'inCall',
  camera: 'inCall',
  meetingApps: 'inCall',
  fullscreen: 'presenting',
  dnd: 'dnd',
});

export interface PresenceFinding {
  via: PresenceSwitchName;
  /** null: this probe cannot tell here; `reason` says why. */
  value: PresenceSignal;
  /** Why it is true ("microphone in use by zoom"), or why it is unknown ("Wayland: …"); null otherwise. */
  reason: string | null;
}

export interface ProbeContext {
  /** Aborted when the probe's time box ends or the source is disposed: kill helpers, stop reading. */
  signal: AbortSignal;
  switches: PresenceSwitches;
}

export interface PresenceProbe {
  /** Stable words for logs, e.g. "PulseAudio recording streams". */
  readonly name: string;
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
