import type { PlannedStep } from '../../exercises/common/plan';
import { restSecOf, switchSecOf } from '../../exercises/common/routines';

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
  /**
   * A lead-in that waits for the person when its time is up (floor mode): "Ready" starts the hold,
   * or it starts by itself this many ms later (Infinity: only on "Ready").
   */
  waitMs?: number;
}

const otherSide = (side: 1 | 2): 1 | 2 => (side === 1 ? 2 : 1);

export interface PhaseOptions {
  /** Lead-ins into floor exercises wait for the person; null seconds: until "Ready". */
  waitForReady?: { autoStartSec: number | null } | null;
}

/**
 * A routine, as the catalogue plans it (exercises/plan.ts: lead-ins that fit the position, time to
 * fetch a towel, getting up from the floor), laid out as a flat list of timed phases: the lead-in,
 * then for each step every rep of its first side (the person's choice), a switch, the other side; after lying on the floor, time to
 * roll onto one side and get up; the next step's lead-in naming it.
 */
export function buildPhases(steps: readonly PlannedStep[], { waitForReady }: PhaseOptions = {}): Phase[] {
  const phases: Phase[] = [{ kind: 'get-ready', durationMs: steps[0]!.leadInSec * 1000, stepIndex: 0, side: null, rep: 1 }];
  steps.forEach(({ exercise, holdSec, getUpSec, firstSide }, stepIndex) => {
    // The side the person chose first (plan.ts), then the other.
    const sides = exercise.sides === 2 ? ([firstSide, otherSide(firstSide)] as const) : ([null] as const);
    sides.forEach((side, sideIndex) => {
      if (sideIndex > 0) phases.push({ kind: 'switch', durationMs: switchSecOf(exercise) * 1000, stepIndex, side, rep: 1 });
      for (let rep = 1; rep <= exercise.reps; rep++) {
        if (rep > 1) phases.push({ kind: 'rest', durationMs: restSecOf(exercise) * 1000, stepIndex, side, rep });
        phases.push({ kind: 'hold', durationMs: holdSec * 1000, stepIndex, side, rep });
      }
    });
    if (getUpSec > 0) phases.push({ kind: 'get-up', durationMs: getUpSec * 1000, stepIndex, side: null, rep: 1 });
    const next = steps[stepIndex + 1];
    if (next) phases.push({ kind: 'transition', durationMs: next.leadInSec * 1000, stepIndex: stepIndex + 1, side: null, rep: 1 });
  });
  if (!waitForReady) return phases;
  // On the floor the screen is out of reach: the words are said, then the hold waits for the person.
  const waitMs = waitForReady.autoStartSec === null ? Infinity : waitForReady.autoStartSec * 1000;
  return phases.map((p) => ((p.kind === 'get-ready' || p.kind === 'transition') && steps[p.stepIndex]!.exercise.position === 'floor' ? { ...p, waitMs } : p));
}
