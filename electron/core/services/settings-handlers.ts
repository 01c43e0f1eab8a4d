import { routineById } from '../exercises/routines';
import type { Handlers } from '../ipc/router';
import { InvalidArgumentsError } from '../ipc/result';
import type { SettingsService } from '../settings/store';

export type SettingsHandlers = Pick<Handlers, 'settings:get' | 'settings:update' | 'settings:reset'>;

/** ipc/channels/settings.ts: the contract checked each field; here the rules across fields. */
export function createSettingsHandlers(settings: SettingsService): SettingsHandlers {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => {
      if (patch.stretchRoutineId !== undefined && !routineById(patch.stretchRoutineId)) {
        throw new InvalidArgumentsError([{ path: '0.stretchRoutineId', message: 'Choose one of the routines.' }]);
      }
      const result = settings.update(patch);
      if (!result.ok) {
        throw new InvalidArgumentsError(Object.entries(result.errors).map(([field, message]) => ({ path: `0.${field}`, message })));
      }
      return result.value;
    },
    'settings:reset': () => settings.reset(),
  };
}
