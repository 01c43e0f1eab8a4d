// Merges several probes' findings into one reading. Pure: no clock, no I/O.
//
// Per signal: any enabled finding that says true wins (one sign of a call is enough), else any
// definite false, else unknown. A switched-off finding counts as if it had never been made.
import type { PresenceReading, PresenceSignal } from './presence-types';
import {
  SWITCH_SIGNAL,
  type PresenceFinding,
  type PresenceSignalName,
  type PresenceSwitchName,
  type PresenceSwitches,
} from './presence-types';

export type { PresenceSwitches } from './presence-types';

/** Every way of knowing on, except the process-name list, which the user fills in. */
export const DEFAULT_PRESENCE_SWITCHES: Readonly<PresenceSwitches> = Object.freeze({
  microphone: true,
  camera: true,
  fullscreen: true,
  dnd: true,
  meetingApps: [],
});

export function isSwitchOn(switches: PresenceSwitches, name: PresenceSwitchName): boolean {
  return name === 'meetingApps' ? switches.meetingApps.some((app) => app.trim() !== '') : switches[name];
}

const SIGNALS: readonly PresenceSignalName[] = ['inCall', 'presenting', 'dnd'];

function merge(values: PresenceSignal[]): PresenceSignal {
  if (values.includes(true)) return true;
  if (values.includes(false)) return false;
  return null;
}

function unique(words: Array<string | null>): string[] {
  return [...new Set(words.filter((w): w is string => w !== null && w !== ''))];
}

/**
 * The reading from these findings under these switches. `reason` explains the signals that are
 * true; when none is, it explains the ones that are unknown (so a settings screen can say why);
 * when everything is a definite no, it is null.
 */
export function combinePresence(findings: readonly PresenceFinding[], switches: PresenceSwitches): PresenceReading {
  const enabled = findings.filter((f) => isSwitchOn(switches, f.via));
  const reading: PresenceReading = { inCall: null, presenting: null, dnd: null, reason: null };
  for (const signal of SIGNALS)
    reading[signal] = merge(enabled.filter((f) => SWITCH_SIGNAL[f.via] === signal).map((f) => f.value));

  const positive = unique(enabled.filter((f) => f.value === true).map((f) => f.reason));
  if (positive.length) {
    reading.reason = positive.join('; ');
    return reading;
  }
  const unknownSignals = new Set(SIGNALS.filter((s) => reading[s] === null));
  const unknown = unique(
    enabled.filter((f) => f.value === null && unknownSignals.has(SWITCH_SIGNAL[f.via])).map((f) => f.reason),
  );
  reading.reason = unknown.length ? unknown.join('; ') : null;
  return reading;
}
