import type { Exercise, Routine } from '../../exercises/common/schema';
import { setOwnCatalogue, withOwnCatalogue } from '../../exercises/common/custom-registry';
import { t } from '../../i18n/common/translate';
import type { OwnExercise, OwnLibrary, OwnRoutine } from './own-schema';

/**
 * An own exercise as the catalogue, the planner and the player see every exercise. Its words are
 * the person's and stay as written in every language; the few lines Limber adds around them (what
 * to feel, a routine's description) are Limber's and follow the language through `t()` getters.
 */
export function toExercise(own: OwnExercise): Exercise {
  return {
    id: own.id,
    name: own.name,
    position: own.position,
    summary: own.steps[0]!,
    steps: [...own.steps],
    cues: own.steps.slice(0, 6),
    get feel() {
      return t('routines.own.feel');
    },
    stopIf: [own.stopIf],
    holdSec: own.holdSec,
    sides: own.sides,
    ...(own.sideLabels ? { sideLabels: [own.sideLabels[0], own.sideLabels[1]] as [string, string] } : {}),
    limb: 'body',
    reps: own.reps,
    gentle: own.gentle,
    setup: { needs: [...own.needs], extraLeadInSec: 0 },
    source: { kind: 'own' },
    switchSec: own.switchSec,
    restSec: own.restSec,
    ...(own.picture ? { picture: own.picture } : {}),
  };
}

export function toRoutine(own: OwnRoutine): Routine {
  return {
    id: own.id,
    name: own.name,
    get description() {
      return t('routines.own.description');
    },
    get where() {
      return t('routines.own.where');
    },
    steps: own.steps.map((s) => ({ ...s })),
    logsWalk: false,
  };
}

/** Makes the library the catalogue's own entries (main after each change, the window after each list). */
export function publishLibrary(library: OwnLibrary): void {
  setOwnCatalogue(library.exercises.map(toExercise), library.routines.map(toRoutine));
}

/** Runs `check` as if `library` were the own catalogue, then puts the real one back. */
export function asIfPublished<T>(library: OwnLibrary, check: () => T): T {
  return withOwnCatalogue(library.exercises.map(toExercise), library.routines.map(toRoutine), check);
}
