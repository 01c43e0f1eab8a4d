import { randomBytes } from 'node:crypto';
import type { Handlers } from '../../ipc/node/router';
import { InvalidArgumentsError } from '../../base/common/result';
import { routineById } from '../../exercises/common/routines';
import { t } from '../../i18n/common/translate';
import { deleteExercise, deleteRoutine, duplicateExercise, duplicateRoutine, LibraryError, reorderRoutines, saveExercise, saveRoutine } from '../common/library';
import type { OwnLibrary } from '../common/own-schema';
import type { RoutinesStore } from './routines-store';

export type RoutinesHandlers = Pick<Handlers, 'routines:list' | 'routines:save-exercise' | 'routines:save-routine' | 'routines:delete' | 'routines:duplicate' | 'routines:reorder'>;

/** A fresh own id: `own-` and 16 random hex digits. */
export const newOwnId = (): string => `own-${randomBytes(8).toString('hex')}`;

export interface RoutinesHandlerDeps {
  store: RoutinesStore;
  /** The routine stretch breaks open (settings): it cannot be deleted from under them. */
  breakRoutineId: () => string;
}

/** A refused change comes back as `invalid-arguments` with its plain-words reason; nothing stored changed. */
async function refusedAsInvalid(run: () => Promise<OwnLibrary>): Promise<OwnLibrary> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof LibraryError) throw new InvalidArgumentsError([{ path: error.path, message: error.message }]);
    throw error;
  }
}

export function createRoutinesHandlers({ store, breakRoutineId }: RoutinesHandlerDeps): RoutinesHandlers {
  return {
    'routines:list': () => store.get(),
    'routines:save-exercise': (exercise) => refusedAsInvalid(() => store.update((lib) => saveExercise(lib, exercise))),
    'routines:save-routine': (routine) => refusedAsInvalid(() => store.update((lib) => saveRoutine(lib, routine))),
    'routines:delete': ({ kind, id }) =>
      refusedAsInvalid(() =>
        store.update((lib) => {
          if (kind === 'exercise') return deleteExercise(lib, id);
          if (id === breakRoutineId()) throw new LibraryError(t('routines.error.breakRoutine', { routine: routineById(id)?.name ?? id }));
          return deleteRoutine(lib, id);
        }),
      ),
    'routines:duplicate': async ({ kind, id }) => {
      const copyId = newOwnId();
      const library = await refusedAsInvalid(() => store.update((lib) => (kind === 'exercise' ? duplicateExercise(lib, id, copyId) : duplicateRoutine(lib, id, copyId))));
      return { library, id: copyId };
    },
    'routines:reorder': (ids) => refusedAsInvalid(() => store.update((lib) => reorderRoutines(lib, ids))),
  };
}
