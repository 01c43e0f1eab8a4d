import { isOwnId } from '../../exercises/common/custom-registry';
import { t } from '../../i18n/common/translate';
import { checkLibrary, LibraryError, uniqueName } from './library';
import type { OwnExercise, OwnLibrary, OwnRoutine } from './own-schema';

/**
 * A whole own library brought back from a full data export (transfer/), merged by the share
 * import's rules: nothing stored is ever overwritten, a name already taken gets "(2)". An entry
 * whose id is stored with exactly the same content is the same thing exported earlier: it is left
 * as it is and counted as already there, so importing your own export twice adds nothing twice.
 */
export interface MergeName {
  name: string;
  renamedFrom: string | null;
}
export interface LibraryMerge {
  library: OwnLibrary;
  /** Every incoming id, exercise or routine, to the id it has in `library`. */
  ids: ReadonlyMap<string, string>;
  added: { exercises: MergeName[]; routines: MergeName[] };
  alreadyThere: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function mergeLibrary(library: OwnLibrary, incoming: Pick<OwnLibrary, 'exercises' | 'routines'>, freshId: () => string): LibraryMerge {
  const ids = new Map<string, string>();
  const added: LibraryMerge['added'] = { exercises: [], routines: [] };
  let alreadyThere = 0;
  const exercises: OwnExercise[] = [];
  const exerciseNames = library.exercises.map((e) => e.name);
  for (const exercise of incoming.exercises) {
    if (ids.has(exercise.id)) throw new LibraryError(t('routines.error.idTwice', { id: exercise.id }));
    if (library.exercises.some((e) => e.id === exercise.id && same(e, exercise))) {
      ids.set(exercise.id, exercise.id);
      alreadyThere++;
      continue;
    }
    const id = freshId();
    const name = uniqueName(exercise.name, exerciseNames);
    exerciseNames.push(name);
    ids.set(exercise.id, id);
    exercises.push({ ...exercise, id, name });
    added.exercises.push({ name, renamedFrom: name === exercise.name ? null : exercise.name });
  }
  const routines: OwnRoutine[] = [];
  const routineNames = library.routines.map((r) => r.name);
  for (const routine of incoming.routines) {
    if (ids.has(routine.id)) throw new LibraryError(t('routines.error.idTwice', { id: routine.id }));
    const missing = routine.steps.findIndex((s) => isOwnId(s.exerciseId) && !ids.has(s.exerciseId));
    // An own exercise the file does not hold is never matched to a stored one that has its id.
    if (missing >= 0) throw new LibraryError(t('routines.error.missingExercise', { routine: routine.name, step: missing + 1 }));
    const steps = routine.steps.map((s) => ({ ...s, exerciseId: ids.get(s.exerciseId) ?? s.exerciseId }));
    if (library.routines.some((r) => r.id === routine.id && same(r, { ...routine, steps }))) {
      ids.set(routine.id, routine.id);
      alreadyThere++;
      continue;
    }
    const id = freshId();
    const name = uniqueName(routine.name, routineNames);
    routineNames.push(name);
    ids.set(routine.id, id);
    routines.push({ id, name, steps });
    added.routines.push({ name, renamedFrom: name === routine.name ? null : routine.name });
  }
  // The same whole-library check as any change: bounds, references, the speech budget.
  const next = checkLibrary({ ...library, exercises: [...library.exercises, ...exercises], routines: [...library.routines, ...routines] });
  return { library: next, ids, added, alreadyThere };
}
