// What presence is, as data: the signals (in a call, presenting, do-not-disturb), the settings
// switches that allow each way of knowing, and what one probe found. Shared with the window (the
// Settings card names the switches); the interfaces adapters implement are in ports/presence.ts.

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

export const UNKNOWN_PRESENCE: PresenceReading = Object.freeze({
  inCall: null,
  presenting: null,
  dnd: null,
  reason: null,
});
