// What this computer can tell, per presence switch, for the Settings card. Pure: the user's
// switches and the last reading's findings in, one state and one plain detail per switch out.
import { isSwitchOn } from './combine';
import { t } from '../../i18n/common/translate';
import type { RecordedFinding } from './presence-types';
import type { PresenceSwitchName, PresenceSwitches } from './presence-types';

/**
 * working: a probe answered yes or no at the last reading; unavailable: this platform or desktop
 * cannot give it (the detail says why); off: the user switched it off (or listed no apps);
 * unknown: not read yet, no presence source, or the probe failed (the detail says how).
 */
export type SwitchState = 'working' | 'unavailable' | 'off' | 'unknown';

export interface SwitchStatus {
  state: SwitchState;
  detail: string | null;
}

export interface PresenceStatus {
  switches: Record<PresenceSwitchName, SwitchStatus>;
}

export const PRESENCE_SWITCH_NAMES: readonly PresenceSwitchName[] = Object.freeze([
  'microphone',
  'camera',
  'fullscreen',
  'dnd',
  'meetingApps',
]);

/** Why a switch's state is unknown, in the active language (Settings shows it beside the switch). */
export const noPresenceSource = (): string => t('main.presence.notLooking');
export const notReadYet = (): string => t('main.presence.notReadYet');

function joined(reasons: Array<string | null>): string | null {
  const words = [...new Set(reasons.filter((r): r is string => r !== null && r !== ''))];
  return words.length ? words.join('; ') : null;
}

/** An on switch the last reading did not cover: it was off then, so a fresh reading is needed. */
export function unreadSwitches(switches: PresenceSwitches, findings: readonly RecordedFinding[]): PresenceSwitchName[] {
  return PRESENCE_SWITCH_NAMES.filter((name) => isSwitchOn(switches, name) && !findings.some((f) => f.via === name));
}

function statusOf(name: PresenceSwitchName, switches: PresenceSwitches, findings: readonly RecordedFinding[] | null): SwitchStatus {
  if (!isSwitchOn(switches, name)) return { state: 'off', detail: null };
  if (findings === null) return { state: 'unknown', detail: noPresenceSource() };
  const mine = findings.filter((f) => f.via === name);
  if (mine.length === 0) return { state: 'unknown', detail: notReadYet() };
  // One probe that answers is enough: the signal works even if another way of reading it failed.
  const answered = mine.filter((f) => !f.failed && f.value !== null);
  if (answered.length) return { state: 'working', detail: joined(answered.filter((f) => f.value).map((f) => f.reason)) };
  const failed = mine.filter((f) => f.failed);
  if (failed.length) return { state: 'unknown', detail: joined(failed.map((f) => f.reason)) };
  return { state: 'unavailable', detail: joined(mine.map((f) => f.reason)) };
}

/**
 * Per switch: off wins (the user's choice is final), then what the last reading found. `findings`
 * null means there is no presence source at all, so nothing can be told.
 */
export function presenceStatus(switches: PresenceSwitches, findings: readonly RecordedFinding[] | null): PresenceStatus {
  const entries = PRESENCE_SWITCH_NAMES.map((name) => [name, statusOf(name, switches, findings)] as const);
  return { switches: Object.fromEntries(entries) as Record<PresenceSwitchName, SwitchStatus> };
}
