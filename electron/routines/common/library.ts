import { exerciseById, routineById } from '../../exercises/common/routines';
import type { Exercise } from '../../exercises/common/schema';
import { POSE_IDS } from '../../exercises/common/schema';
import { speechOverruns } from '../../session/common/speech-budget';
import { t } from '../../i18n/common/translate';
import { OWN_BOUNDS, OwnLibrarySchema, type OwnExercise, type OwnLibrary, type OwnRoutine } from './own-schema';
import { asIfPublished, toRoutine } from './to-catalogue';

/**
 * The rules of the own library beyond each entry's shape, and its changes as pure functions: each
 * takes the library and returns a new one, or throws a LibraryError in plain words, so a refused
 * change leaves what is stored exactly as it was.
 */
export class LibraryError extends Error {
  constructor(
    message: string,
    readonly path: string = '',
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** The whole library checked: ids once each, every step's exercise there, every spoken line fits its time. */
export function checkLibrary(library: OwnLibrary): OwnLibrary {
  const parsed = OwnLibrarySchema.safeParse(library);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new LibraryError(issue.message, issue.path.join('.'));
  }
  const lib = parsed.data;
  const twice = (ids: string[]) => ids.find((id, i) => ids.indexOf(id) !== i);
  const repeated = twice([...lib.exercises.map((e) => e.id), ...lib.routines.map((r) => r.id)]);
  if (repeated) throw new LibraryError(t('routines.error.idTwice', { id: repeated }));
  asIfPublished(lib, () => {
    // Each exercise on its own too, so one that cannot be voiced is refused before any routine uses it.
    const alone: OwnRoutine[] = lib.exercises.map((e) => ({ id: e.id, name: e.name, steps: [{ exerciseId: e.id }] }));
    for (const routine of [...alone, ...lib.routines]) {
      routine.steps.forEach((step, i) => {
        const exercise = exerciseById(step.exerciseId);
        if (!exercise) throw new LibraryError(t('routines.error.missingExercise', { routine: routine.name, step: i + 1 }), `routines.${routine.id}.steps.${i}`);
        if (exercise.position === 'walking') throw new LibraryError(t('routines.error.walking', { routine: routine.name }));
        if (step.sides === 2 && exercise.sides === 1) throw new LibraryError(t('routines.error.stepSides', { routine: routine.name, step: i + 1 }));
      });
      const overrun = speechOverruns(toRoutine(routine))[0];
      if (overrun) throw new LibraryError(t('routines.error.speech', { routine: routine.name, seconds: Math.ceil(overrun.needMs / 1000) }));
    }
  });
  return lib;
}

const replaceOrAdd = <T extends { id: string }>(list: readonly T[], item: T): T[] =>
  list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];

export const saveExercise = (lib: OwnLibrary, exercise: OwnExercise): OwnLibrary =>
  checkLibrary({ ...lib, exercises: replaceOrAdd(lib.exercises, exercise) });

export function saveRoutine(lib: OwnLibrary, routine: OwnRoutine): OwnLibrary {
  if (routineById(routine.id) && !lib.routines.some((r) => r.id === routine.id) && !routine.id.startsWith('own-')) {
    throw new LibraryError(t('routines.error.builtIn'));
  }
  return checkLibrary({ ...lib, routines: replaceOrAdd(lib.routines, routine) });
}

/** Refused while a routine uses it, naming those routines: a routine is never left silently empty. */
export function deleteExercise(lib: OwnLibrary, id: string): OwnLibrary {
  if (!lib.exercises.some((e) => e.id === id)) throw new LibraryError(t('routines.error.notOwn'));
  const users = lib.routines.filter((r) => r.steps.some((s) => s.exerciseId === id)).map((r) => `"${r.name}"`);
  if (users.length > 0) throw new LibraryError(t('routines.error.exerciseInUse', { routines: users.join(', '), count: users.length }));
  return checkLibrary({ ...lib, exercises: lib.exercises.filter((e) => e.id !== id) });
}

export function deleteRoutine(lib: OwnLibrary, id: string): OwnLibrary {
  if (!lib.routines.some((r) => r.id === id)) throw new LibraryError(t('routines.error.notOwn'));
  return { ...lib, routines: lib.routines.filter((r) => r.id !== id) };
}

/** "Name (2)", "Name (3)"… the first not taken, within the name's length. */
export function uniqueName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLocaleLowerCase()));
  if (!used.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, OWN_BOUNDS.name.max - suffix.length).trimEnd() + suffix;
    if (!used.has(name.toLocaleLowerCase())) return name;
  }
}

/** A copy of a built-in or own routine under `newId`, its steps as they are: how a built-in is changed. */
export function duplicateRoutine(lib: OwnLibrary, id: string, newId: string): OwnLibrary {
  const source = asIfPublished(lib, () => routineById(id));
  if (!source) throw new LibraryError(t('routines.error.noSuchRoutine'));
  const base = t('routines.copyOf', { name: source.name }).slice(0, OWN_BOUNDS.name.max);
  const copy: OwnRoutine = { id: newId, name: uniqueName(base, lib.routines.map((r) => r.name)), steps: source.steps.map((s) => ({ ...s })) };
  return checkLibrary({ ...lib, routines: [...lib.routines, copy] });
}

/** A built-in exercise (not a walk) as an own one to change, keeping its figure; or a copy of an own one. */
export function duplicateExercise(lib: OwnLibrary, id: string, newId: string): OwnLibrary {
  const source = asIfPublished(lib, () => exerciseById(id));
  if (!source || source.position === 'walking') throw new LibraryError(t('routines.error.noSuchExercise'));
  const copy = ownCopyOf(source, newId, uniqueName(t('routines.copyOf', { name: source.name }).slice(0, OWN_BOUNDS.name.max), lib.exercises.map((e) => e.name)));
  return checkLibrary({ ...lib, exercises: [...lib.exercises, copy] });
}

const clamp = (n: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, n));

function ownCopyOf(source: Exercise, id: string, name: string): OwnExercise {
  const pose = (POSE_IDS as readonly string[]).includes(source.id) ? { kind: 'pose' as const, pose: source.id as (typeof POSE_IDS)[number] } : source.picture;
  return {
    id,
    name,
    steps: source.steps.slice(0, OWN_BOUNDS.steps.max),
    stopIf: source.stopIf[0]!,
    needs: [...source.setup.needs],
    position: source.position as OwnExercise['position'],
    sides: source.sides,
    ...(source.sideLabels ? { sideLabels: [source.sideLabels[0], source.sideLabels[1]] as [string, string] } : {}),
    holdSec: clamp(source.holdSec, OWN_BOUNDS.holdSec),
    reps: source.reps,
    restSec: clamp(source.restSec ?? 5, OWN_BOUNDS.restSec),
    switchSec: clamp(source.switchSec ?? 8, OWN_BOUNDS.switchSec),
    ...(pose ? { picture: pose } : {}),
    gentle: source.gentle,
  };
}

/** The own routines in the order given: exactly the same ids, each once. */
export function reorderRoutines(lib: OwnLibrary, ids: readonly string[]): OwnLibrary {
  const byId = new Map(lib.routines.map((r) => [r.id, r]));
  if (ids.length !== byId.size || new Set(ids).size !== ids.length || ids.some((id) => !byId.has(id))) {
    throw new LibraryError(t('routines.error.reorder'));
  }
  return { ...lib, routines: ids.map((id) => byId.get(id)!) };
}
