import { localizeRoutine, type ExerciseSource, type RoutineSource, localizeExercise } from './localize';
import { RoutineSchema, RoutineSourceSchema, type Exercise, type Routine, type RoutineStep, ExerciseSchema, ExerciseSourceSchema } from './schema';
import { DESK_EXERCISES } from './desk-exercises';
import { FLOOR_EXERCISES } from './floor-exercises';
import { WALKING_EXERCISES } from './walking-exercises';
import { ownExercise, ownRoutine, ownRoutines } from './custom-registry';

/**
 * The exercises, in the project's own words. Facts marked `seed` come from the sciatica exercise
 * guide in shared/seed (`adapted` says what a version changes and why); `variant` entries are
 * widely recommended, low-risk moves beyond it. docs/exercise-sources.md maps every instruction.
 * The entries hold message keys; the words are in electron/i18n/locales/<locale>/exercises.json.
 */
export const EXERCISE_SOURCES: readonly ExerciseSource[] = [...FLOOR_EXERCISES, ...WALKING_EXERCISES, ...DESK_EXERCISES];

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
/** Checks the catalogue's entries as written (keys): catalogue-check.ts, run by its test and by main at start-up. */
export const validateExerciseSources = (): Exercise[] => validate([...EXERCISE_SOURCES], ExerciseSourceSchema);
/**
 * The catalogue's entries, read through `t()` (localize.ts). Not validated here: the window would
 * carry zod's checks in its first frame for entries fixed at build time (catalogue-check.ts checks
 * them instead).
 */
export const EXERCISES: readonly Exercise[] = EXERCISE_SOURCES.map(localizeExercise);
/** A built-in exercise, else one of the person's own (custom-registry.ts). */
export const exerciseById = (id: string): Exercise | undefined => EXERCISES.find((e) => e.id === id) ?? ownExercise(id);

/** Seconds of the calm framing around holds: a get-ready count, a switch, a move to the next. */
export const TIMING = { getReadySec: 5, switchSec: 5, transitionSec: 5 } as const;

/**
 * Changing sides when an exercise names no time of its own: uncross, settle, cross the other way,
 * with a spoken three-two-one at the end (TIMING.switchSec stays the rest between reps).
 */
export const DEFAULT_SWITCH_SEC = 8;
export const switchSecOf = (exercise: Exercise): number => exercise.switchSec ?? DEFAULT_SWITCH_SEC;
/** Rest between reps: the exercise's own, else TIMING.switchSec. */
export const restSecOf = (exercise: Exercise): number => exercise.restSec ?? TIMING.switchSec;

/** As written: message keys where the words go (exercises.json); read through `t()` (localize.ts). */
export const ROUTINE_SOURCES: readonly RoutineSource[] = [
  {
    // The default stretch break: sitting itself is what aggravates sciatica, so the break stands
    // the person up and moves them (issue 19), with only moves already in the catalogue.
    id: 'stand-and-walk',
    name: 'exercises.routine.standAndWalk.name',
    // 2–3 minutes in all, steps read aloud included (issue 19): planRoutine(...).totalSec.
    description: 'exercises.routine.standAndWalk.description',
    where: 'exercises.routine.standAndWalk.where',
    steps: [{ exerciseId: 'walk-easy', holdSec: 55 }, { exerciseId: 'hamstring-heel-down' }],
  },
  {
    id: 'quick-desk-stretch',
    name: 'exercises.routine.quickDeskStretch.name',
    description: 'exercises.routine.quickDeskStretch.description',
    where: 'exercises.routine.quickDeskStretch.where',
    steps: [{ exerciseId: 'sit-tall-reset' }, { exerciseId: 'figure-four-seated' }, { exerciseId: 'hamstring-seated' }, { exerciseId: 'shoulder-rolls' }],
  },
  {
    id: 'sciatica-relief',
    name: 'exercises.routine.sciaticaRelief.name',
    description: 'exercises.routine.sciaticaRelief.description',
    where: 'exercises.routine.sciaticaRelief.where',
    steps: [{ exerciseId: 'piriformis-floor' }, { exerciseId: 'hamstring-floor', holdSec: 45 }, { exerciseId: 'bridge' }, { exerciseId: 'core-brace' }],
  },
  {
    id: 'posture-reset',
    name: 'exercises.routine.postureReset.name',
    description: 'exercises.routine.postureReset.description',
    where: 'exercises.routine.postureReset.where',
    steps: [{ exerciseId: 'sit-tall-reset', holdSec: 10 }, { exerciseId: 'shoulder-rolls' }],
  },
  {
    id: 'walk-break',
    name: 'exercises.routine.walkBreak.name',
    description: 'exercises.routine.walkBreak.description',
    where: 'exercises.routine.walkBreak.where',
    steps: [{ exerciseId: 'walk' }],
    logsWalk: true,
  },
  {
    id: 'gentle-flare',
    name: 'exercises.routine.gentleFlare.name',
    description: 'exercises.routine.gentleFlare.description',
    where: 'exercises.routine.gentleFlare.where',
    steps: [{ exerciseId: 'walk-easy' }, { exerciseId: 'sit-tall-reset' }, { exerciseId: 'shoulder-rolls' }],
  },
];

export interface ResolvedStep {
  exercise: Exercise;
  holdSec: number;
}

export function resolveSteps(routine: Routine): ResolvedStep[] {
  return routine.steps.map((step) => {
    const exercise = exerciseById(step.exerciseId);
    if (!exercise) throw new Error(`Routine ${routine.id} uses an unknown exercise: ${step.exerciseId}.`);
    return { exercise: withStepChanges(exercise, step), holdSec: step.holdSec ?? exercise.holdSec };
  });
}

/**
 * The exercise as this step does it: reps, rest and switch as the step sets them, and a two-sided
 * exercise done on one side only when the step says so. Unchanged steps keep the catalogue's object
 * (its words stay `t()` getters); a changed one is a copy read in the active language.
 */
function withStepChanges(exercise: Exercise, step: RoutineStep): Exercise {
  const { reps, sides, restSec, switchSec } = step;
  if (reps === undefined && sides === undefined && restSec === undefined && switchSec === undefined) return exercise;
  const oneSide = sides === 1 && exercise.sides === 2;
  const { sideLabels, ...rest } = exercise;
  return {
    ...rest,
    ...(oneSide ? { sides: 1 } : sideLabels ? { sideLabels } : {}),
    ...(reps !== undefined ? { reps } : {}),
    ...(restSec !== undefined ? { restSec } : {}),
    ...(switchSec !== undefined ? { switchSec } : {}),
  };
}

/** One step's guided time: every hold and rep, the switch between sides, the rests between reps. */
export function stepActiveSec({ exercise, holdSec }: ResolvedStep): number {
  let total = holdSec * exercise.sides * exercise.reps;
  if (exercise.sides === 2) total += switchSecOf(exercise);
  if (exercise.reps > 1) total += restSecOf(exercise) * (exercise.reps - 1);
  return total;
}

/** Length of the guided timer in seconds: get-ready, each step's active time, moves between steps. */
export function routineDurationSec(routine: Routine): number {
  const steps = resolveSteps(routine);
  return TIMING.getReadySec + steps.reduce((sum, step) => sum + stepActiveSec(step), 0) + TIMING.transitionSec * (steps.length - 1);
}

export function validateRoutines(raw: unknown[], schema: typeof RoutineSchema = RoutineSchema): Routine[] {
  return raw.map((entry, index) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`Routine #${index} is invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
    }
    resolveSteps(parsed.data); // every exercise exists
    return parsed.data;
  });
}

/** Checks the catalogue's routines as written (keys), every exercise they name included: catalogue-check.ts. */
export const validateRoutineSources = (): Routine[] => validateRoutines([...ROUTINE_SOURCES], RoutineSourceSchema);
/** As written, with the schema's default filled in (RoutineSchema's `logsWalk`), read through `t()`. */
export const ROUTINES: readonly Routine[] = ROUTINE_SOURCES.map((r) => localizeRoutine({ ...r, logsWalk: r.logsWalk ?? false }));
/** A built-in routine, else one of the person's own (custom-registry.ts). */
export const routineById = (id: string): Routine | undefined => ROUTINES.find((r) => r.id === id) ?? ownRoutine(id);
/** Every routine a break or a start may open: the built-ins, then the person's own. */
export const allRoutines = (): Routine[] => [...ROUTINES, ...ownRoutines()];
export const ROUTINE_IDS = ROUTINES.map((r) => r.id);

/** The routine a posture check opens; every other routine is a stretch break. */
export const POSTURE_ROUTINE_ID = 'posture-reset';
export const DEFAULT_STRETCH_ROUTINE_ID = 'stand-and-walk';
/** The only routine offered while a flare-up lasts. */
export const FLARE_ROUTINE_ID = 'gentle-flare';

/**
 * Whether a routine gets the person out of the chair (any step standing, walking or on the floor):
 * such a session ends the sitting bout; one done wholly in the chair does not. Unknown ids: no.
 */
export function routineGetsYouUp(id: string): boolean {
  const routine = routineById(id);
  return routine !== undefined && resolveSteps(routine).some((s) => s.exercise.position !== 'seated');
}

/** Which kind of break a routine is: the posture reset never counts as (or moves) a stretch break. */
export const breakTierOf = (routineId: string): 'stretch' | 'posture' => (routineId === POSTURE_ROUTINE_ID ? 'posture' : 'stretch');
