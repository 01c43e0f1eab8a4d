import type { PresenceSwitchName } from '@electron/presence/common/presence-types';
import type { SwitchStatus } from '@electron/presence/common/switch-status';
import type { PresenceSettings } from '@electron/settings/common/schema';
import { parseField, type FieldResult } from '../../settings-fields';

/** The four on/off ways of knowing, in the order the card shows them, each with what it does. */
export const PRESENCE_SWITCHES: ReadonlyArray<{ name: Exclude<PresenceSwitchName, 'meetingApps'>; label: string; hint: string }> = [
  { name: 'microphone', label: 'Microphone in use', hint: 'Hold reminders while an app records from the microphone.' },
  { name: 'camera', label: 'Camera in use', hint: 'Hold reminders while an app has the camera on.' },
  { name: 'fullscreen', label: 'A full-screen window in front', hint: 'Hold reminders while you present or watch something full screen.' },
  { name: 'dnd', label: 'Do not disturb', hint: "Hold reminders while your desktop's do-not-disturb is on." },
];

/**
 * What this computer can tell about one switch, in one line. `status` is undefined while main has
 * not answered yet; a string is why main could not answer.
 */
export function readingWords(status: SwitchStatus | string | undefined): string {
  if (status === undefined) return 'Checking…';
  if (typeof status === 'string') return `Cannot tell right now: ${status}`;
  const { state, detail } = status;
  if (state === 'off') return 'Off';
  if (state === 'working') return detail ? `Working (now: ${detail})` : 'Working';
  if (state === 'unavailable') return `Not available here: ${detail ?? 'this computer cannot tell'}`;
  return detail ? `Cannot tell right now: ${detail}` : 'Cannot tell right now';
}

/**
 * The app list with `typed` added, checked by the schema main enforces (blank, too long, odd
 * characters, a duplicate, too many), or its message.
 */
export function withApp(presence: PresenceSettings, typed: string): FieldResult<string[]> {
  const checked = parseField('presence', { ...presence, meetingApps: [...presence.meetingApps, typed] });
  return checked.ok ? { ok: true, value: (checked.value as PresenceSettings).meetingApps } : checked;
}
