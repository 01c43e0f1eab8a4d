import { TIMING, type ResolvedStep } from '../exercises/routines';

export type PhaseKind = 'get-ready' | 'hold' | 'switch' | 'rest' | 'transition';

export interface Phase {
  kind: PhaseKind;
  durationMs: number;
  /** The step this phase belongs to (for transitions: the step coming next). */
  stepIndex: number;
  side: 1 | 2 | null;
  rep: number;
}

/**
 * A routine laid out as a flat list of timed phases: get ready, then for each step every rep of
 * side one, a switch, side two; a short transition naming the next step between steps.
 */
export function buildPhases(steps: readonly ResolvedStep[]): Phase[] {
  const phases: Phase[] = [{ kind: 'get-ready', durationMs: TIMING.getReadySec * 1000, stepIndex: 0, side: null, rep: 1 }];
  steps.forEach(({ exercise, holdSec }, stepIndex) => {
    const sides = exercise.sides === 2 ? ([1, 2] as const) : ([null] as const);
    sides.forEach((side, sideIndex) => {
      if (sideIndex > 0) phases.push({ kind: 'switch', durationMs: TIMING.switchSec * 1000, stepIndex, side: 2, rep: 1 });
      for (let rep = 1; rep <= exercise.reps; rep++) {
        if (rep > 1) phases.push({ kind: 'rest', durationMs: TIMING.switchSec * 1000, stepIndex, side, rep });
        phases.push({ kind: 'hold', durationMs: holdSec * 1000, stepIndex, side, rep });
      }
    });
    if (stepIndex < steps.length - 1) {
      phases.push({ kind: 'transition', durationMs: TIMING.transitionSec * 1000, stepIndex: stepIndex + 1, side: null, rep: 1 });
    }
  });
  return phases;
}
