import type { MessageKey } from '@electron/i18n/common/generated/keys';
import { t } from '@electron/i18n/common/translate';
import type { PresenceSwitchName } from '@electron/presence/common/presence-types';
import type { SwitchStatus } from '@electron/presence/common/switch-status';
import type { PresenceSettings } from '@electron/settings/common/schema';
import { parseField, type FieldResult } from '../../settings-fields';

/** The four on/off ways of knowing, in the order the card shows them, each with what it does. */
export const PRESENCE_SWITCHES: ReadonlyArray<{ name: Exclude<PresenceSwitchName, 'meetingApps'>; label: MessageKey; hint: MessageKey }> = [
  { name: 'microphone', label: 'settings.presence.microphone', hint: 'settings.presence.microphoneHint' },
  { name: 'camera', label: 'settings.presence.camera', hint: 'settings.presence.cameraHint' },
  { name: 'fullscreen', label: 'settings.presence.fullscreen', hint: 'settings.presence.fullscreenHint' },
  { name: 'dnd', label: 'settings.presence.dnd', hint: 'settings.presence.dndHint' },
];

/**
 * What this computer can tell about one switch, in one line. `status` is undefined while main has
 * not answered yet; a string is why main could not answer.
 */
export function readingWords(status: SwitchStatus | string | undefined): string {
  if (status === undefined) return t('settings.presence.checking');
  if (typeof status === 'string') return t('settings.presence.cannotTellBecause', { reason: status });
  const { state, detail } = status;
  if (state === 'off') return t('settings.presence.off');
  if (state === 'working') return detail ? t('settings.presence.workingNow', { detail }) : t('settings.presence.working');
  if (state === 'unavailable')
    return detail ? t('settings.presence.unavailableBecause', { reason: detail }) : t('settings.presence.unavailable');
  return detail ? t('settings.presence.cannotTellBecause', { reason: detail }) : t('settings.presence.cannotTell');
}

/**
 * The app list with `typed` added, checked by the schema main enforces (blank, too long, odd
 * characters, a duplicate, too many), or its message.
 */
export function withApp(presence: PresenceSettings, typed: string): FieldResult<string[]> {
  const checked = parseField('presence', { ...presence, meetingApps: [...presence.meetingApps, typed] });
  return checked.ok ? { ok: true, value: (checked.value as PresenceSettings).meetingApps } : checked;
}
