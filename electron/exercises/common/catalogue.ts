import { DESK_EXERCISES } from './desk-exercises';
import { FLOOR_EXERCISES } from './floor-exercises';
import { localizeExercise } from './localize';
import { ExerciseSchema, ExerciseSourceSchema, type Exercise } from './schema';
import { WALKING_EXERCISES } from './walking-exercises';

/**
 * The exercises, in the project's own words. Facts marked `seed` come from the sciatica exercise
 * guide in shared/seed (`adapted` says what a version changes and why); `variant` entries are
 * widely recommended, low-risk moves beyond it. docs/exercise-sources.md maps every instruction.
 * The entries hold message keys; the words are in electron/i18n/locales/<locale>/exercises.json.
 */
const RAW: unknown[] = [...FLOOR_EXERCISES, ...WALKING_EXERCISES, ...DESK_EXERCISES];

function validate(raw: unknown[], schema: typeof ExerciseSchema = ExerciseSchema): Exercise[] {
  const seen = new Set<string>();
  return raw.map((entry, index) => {
    const parsed = schema.safeParse(entry);
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

/** Checks exercises as a person reads them (the words, in the active language). */
export const validateExercises = (raw: unknown[]): Exercise[] => validate(raw);
/** The catalogue's entries are checked as written (keys) and read through `t()` (localize.ts). */
export const EXERCISES: readonly Exercise[] = validate(RAW, ExerciseSourceSchema).map(localizeExercise);
export const exerciseById = (id: string): Exercise | undefined => EXERCISES.find((e) => e.id === id);
