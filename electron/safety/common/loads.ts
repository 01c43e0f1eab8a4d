import { z } from 'zod/mini';

/**
 * What each exercise loads, as the screening rules see it. Kept beside the rules rather than in the
 * exercise files so the whole safety picture is read in one place; a test checks that every
 * exercise has an entry. Sources: docs/exercise-sources.md ("Screening").
 */
export const LoadSchema = z.enum([
  /** Knees drawn up with the legs crossed: the classic precaution after a hip replacement. */
  'hip-flexion-adduction',
  /** Rounding or bending the lower back forward. */
  'lumbar-flexion',
  /** Lying flat on the back. */
  'lying-supine',
  /** Standing on one leg, or with one foot raised. */
  'single-leg-balance',
  /** A straight leg raised or leaned over: stretches the sciatic nerve as well as the hamstring. */
  'nerve-tension',
  /** A sustained brisk walk (the easy walk is short and at your own pace). */
  'long-walk',
  /** The hip bent past a right angle: knees drawn to the chest, or leaning forward from the hips while sitting. */
  'deep-hip-flexion',
  /** The leg turned out at the hip: an ankle resting on the other knee. */
  'hip-external-rotation',
]);
export type Load = z.infer<typeof LoadSchema>;

export const EXERCISE_LOADS: Readonly<Record<string, readonly Load[]>> = {
  'piriformis-floor': ['hip-flexion-adduction', 'lumbar-flexion', 'lying-supine', 'deep-hip-flexion'],
  'hamstring-floor': ['nerve-tension', 'lying-supine'],
  bridge: ['lying-supine'],
  'core-brace': ['lying-supine'],
  'figure-four-seated': ['hip-flexion-adduction', 'lumbar-flexion', 'deep-hip-flexion', 'hip-external-rotation'],
  'hamstring-seated': ['nerve-tension', 'lumbar-flexion', 'deep-hip-flexion'],
  'hamstring-standing': ['nerve-tension', 'single-leg-balance'],
  // Both feet stay on the floor: no balancing on one leg.
  'hamstring-heel-down': ['nerve-tension'],
  'sit-tall-reset': [],
  'shoulder-rolls': [],
  walk: ['long-walk'],
  'walk-easy': [],
};

/** An exercise missing from the table is treated as loading everything: left out, never offered. */
export const loadsOf = (exerciseId: string): readonly Load[] => EXERCISE_LOADS[exerciseId] ?? LoadSchema.options;
