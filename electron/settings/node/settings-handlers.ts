import type { Handlers } from '../../ipc/node/router';
import { InvalidArgumentsError } from '../../base/common/result';
import type { SettingsService } from './settings-store';

export type SettingsHandlers = Pick<Handlers, 'settings:get' | 'settings:update' | 'settings:reset'>;

/** ipc/channels/settings.ts: the contract checked each field; the store checks the rules across fields. */
export function createSettingsHandlers(settings: SettingsService): SettingsHandlers {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => {
      // The store applies checkSettingsPatch (settings/rules.ts): the same rules an import meets.
      const result = settings.update(patch);
      if (!result.ok) {
        throw new InvalidArgumentsError(Object.entries(result.errors).map(([field, message]) => ({ path: `0.${field}`, message })));
      }
      return result.value;
    },
    'settings:reset': () => settings.reset(),
  };
}
