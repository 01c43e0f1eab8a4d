import { DESK_EXERCISES } from './desk-exercises';
import { FLOOR_EXERCISES } from './floor-exercises';
import { ExerciseSchema, type Exercise } from './schema';
import { WALKING_EXERCISES } from './walking-exercises';

/**
 * The exercises, in the project's own words. Facts marked `seed` come from the sciatica exercise
 * guide in shared/seed (`adapted` says what a version changes and why); `variant` entries are
 * widely recommended, low-risk moves beyond it. docs/exercise-sources.md maps every instruction.
 */
const RAW: unknown[] = [...FLOOR_EXERCISES, ...WALKING_EXERCISES, ...DESK_EXERCISES];

function validate(raw: unknown[]): Exercise[] {
  const seen = new Set<string>();
  return raw.map((entry, index) => {
    const parsed = ExerciseSchema.safeParse(entry);
    if (!parsed.success) {
      const rawId = (entry as { id?: unknown }).id;
      const id = typeof rawId === 'string' ? rawId : `#${index}`;
      const issue = parsed.error.issues[0];
      throw new Error(`Exercise ${id} is invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
    }
    if (seen.has(parsed.data.id)) throw new Error(`Exercise ${parsed.data.id} is listed twice.`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}

export const validateExercises = validate;
export const EXERCISES: readonly Exercise[] = validate(RAW);
export const exerciseById = (id: string): Exercise | undefined => EXERCISES.find((e) => e.id === id);
