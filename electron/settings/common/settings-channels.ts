import { z } from 'zod';
import { SettingsPatchSchema, type Settings } from './schema';
import { channel, event, perMinute } from '../../base/common/define-channel';

export const settingsChannels = {
  'settings:get': channel<Settings>()('getSettings', z.tuple([])),
  /** Invalid fields come back as `invalid-arguments` issues keyed `0.<field>`, nothing saved. */
  'settings:update': channel<Settings>()('updateSettings', z.tuple([SettingsPatchSchema]), perMinute(120)),
  'settings:reset': channel<Settings>()('resetSettings', z.tuple([]), perMinute(10)),
} as const;

export const settingsEvents = {
  'settings:changed': event<Settings>()('onSettingsChanged'),
} as const;
