import { TIMING, resolveSteps, type ResolvedStep } from '../exercises/routines';
import type { Routine } from '../exercises/schema';
import { GET_UP_SEC, leadInSec, rollsOntoSide } from './exercise-extras';

export type PhaseKind = 'get-ready' | 'hold' | 'switch' | 'rest' | 'transition' | 'get-up';

/** Phases that lead into a hold: the user may say "Ready" to start at once. */
export const LEAD_IN_PHASES: ReadonlySet<PhaseKind> = new Set(['get-ready', 'transition', 'switch', 'rest']);

export interface Phase {
  kind: PhaseKind;
  durationMs: number;
  /** The step this phase belongs to (for transitions: the step coming next). */
  stepIndex: number;
  side: 1 | 2 | null;
  rep: number;
}

/**
 * A routine laid out as a flat list of timed phases: a lead-in long enough to get into position,
 * then for each step every rep of side one, a switch, side two; a lead-in naming the next step
 * between steps; and after lying on the floor, time to roll onto one side and get up.
 */
export function buildPhases(steps: readonly ResolvedStep[]): Phase[] {
  const first = steps[0]!.exercise;
  const phases: Phase[] = [{ kind: 'get-ready', durationMs: leadInSec(first, null) * 1000, stepIndex: 0, side: null, rep: 1 }];
  steps.forEach(({ exercise, holdSec }, stepIndex) => {
    const sides = exercise.sides === 2 ? ([1, 2] as const) : ([null] as const);
    sides.forEach((side, sideIndex) => {
      if (sideIndex > 0) phases.push({ kind: 'switch', durationMs: TIMING.switchSec * 1000, stepIndex, side: 2, rep: 1 });
      for (let rep = 1; rep <= exercise.reps; rep++) {
        if (rep > 1) phases.push({ kind: 'rest', durationMs: TIMING.switchSec * 1000, stepIndex, side, rep });
        phases.push({ kind: 'hold', durationMs: holdSec * 1000, stepIndex, side, rep });
      }
    });
    const next = steps[stepIndex + 1]?.exercise ?? null;
    if (rollsOntoSide(exercise) && next?.position !== 'floor') {
      phases.push({ kind: 'get-up', durationMs: GET_UP_SEC * 1000, stepIndex, side: null, rep: 1 });
    }
    if (next) {
      phases.push({ kind: 'transition', durationMs: leadInSec(next, exercise) * 1000, stepIndex: stepIndex + 1, side: null, rep: 1 });
    }
  });
  return phases;
}

/** The whole length of a routine as the player runs it, in seconds. */
export function sessionLengthSec(routine: Routine): number {
  return buildPhases(resolveSteps(routine)).reduce((total, phase) => total + phase.durationMs, 0) / 1000;
}
