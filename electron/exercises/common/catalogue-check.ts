import { validatePositionSources } from './plan';
import { validateExerciseSources, validateRoutineSources } from './routines';

/**
 * The exercise catalogue, its routines and its positions checked against their schemas: every
 * field's shape and bounds, no exercise listed twice, every routine's exercises present. The
 * entries are fixed when Limber is built, so this runs in the catalogue's test and once in main at
 * start-up, not in the window (whose first frame would otherwise carry zod's checks). Throws,
 * naming the entry and field, on the first problem.
 */
export function checkCatalogue(): void {
  validatePositionSources();
  validateExerciseSources();
  validateRoutineSources();
}
