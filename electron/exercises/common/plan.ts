import { POSITION_SETUP, type PositionSetup } from './positions';
import { resolveSteps, routineDurationSec, stepActiveSec, TIMING } from './routines';
import type { Exercise, Need, Routine } from './schema';
import { startingOn } from './sides';
import { LEAD_IN_SETTLE_SEC, leadInIntro, speechSec } from './spoken';

/** One step as the player will run it: the lead-in before its first hold, and how it ends. */
export interface PlannedStep {
  /** As the person does it: a two-sided exercise started on the left tells its steps that way round. */
  exercise: Exercise;
  /** The side its holds start on (1 for an exercise done once). */
  firstSide: 1 | 2;
  holdSec: number;
  /** Seconds before the first hold: taking up a new position (or the usual short move), plus preparation. */
  leadInSec: number;
  /** What to say during the lead-in, in order: the position's line when arriving, then the exercise's own. */
  leadInCues: string[];
  /** Everything the voice says in the lead-in: the name, the lead-in cues, and the steps unless they are left out. */
  leadInSpeech: string[];
  activeSec: number;
  /** Said after the step when the next one leaves the floor (or the routine ends on it). */
  getUpCue: string | null;
  getUpSec: number;
}

export interface RoutinePlan {
  steps: PlannedStep[];
  /** Everything to have ready before starting, each named once. */
  needs: Need[];
  /** Floor work anywhere in it makes it a floor routine; otherwise desk, or walking when it is only a walk. */
  place: PositionSetup['place'];
  /** The guided timer as it runs today (get-ready and 5-second moves instead of lead-ins). */
  guidedSec: number;
  leadInSec: number;
  getUpSec: number;
  /** Lead-ins + active time + getting up: how long the routine really takes. */
  totalSec: number;
}

const PLACE_ORDER: Array<PositionSetup['place']> = ['floor', 'desk', 'walking'];

export interface PlanOptions {
  /** Exercises whose steps are not read aloud any more ("steps once, then names only"). */
  namesOnly?: ReadonlySet<string>;
  /** Two-sided exercises start on this side (1: the catalogue's first, the right; 2: the left). */
  firstSide?: 1 | 2;
}

export function planRoutine(routine: Routine, { namesOnly, firstSide = 1 }: PlanOptions = {}): RoutinePlan {
  const resolved = resolveSteps(routine);
  const steps = resolved.map((step, index): PlannedStep => {
    const exercise = startingOn(step.exercise, firstSide);
    const position = POSITION_SETUP[exercise.position];
    const arriving = index === 0 || resolved[index - 1]!.exercise.position !== exercise.position;
    const base = index === 0 ? TIMING.getReadySec : TIMING.transitionSec;
    const nextPosition = resolved[index + 1]?.exercise.position;
    const leaving = nextPosition !== exercise.position && position.getUp !== null;
    const leadInCues = [...(arriving ? [position.leadInCue] : []), ...(exercise.setup.prepare ? [exercise.setup.prepare] : [])];
    const leadInSpeech = [leadInIntro(exercise.name, index === 0), ...leadInCues, ...(namesOnly?.has(exercise.id) ? [] : exercise.steps)];
    const moveSec = (arriving ? Math.max(base, position.leadInSec) : base) + exercise.setup.extraLeadInSec;
    return {
      exercise,
      firstSide: exercise.sides === 2 ? firstSide : 1,
      holdSec: step.holdSec,
      // The whole reading ends before the hold begins: the voice never runs behind the timer.
      leadInSec: Math.max(moveSec, Math.ceil(speechSec(leadInSpeech)) + LEAD_IN_SETTLE_SEC),
      leadInCues,
      leadInSpeech,
      activeSec: stepActiveSec(step),
      getUpCue: leaving ? position.getUp!.cue : null,
      getUpSec: leaving ? position.getUp!.seconds : 0,
    };
  });
  const needs = routineNeeds(steps);
  const places = new Set(steps.map((s) => POSITION_SETUP[s.exercise.position].place));
  const sum = (pick: (s: PlannedStep) => number) => steps.reduce((total, s) => total + pick(s), 0);
  const leadInSec = sum((s) => s.leadInSec);
  const getUpSec = sum((s) => s.getUpSec);
  return {
    steps,
    needs,
    place: PLACE_ORDER.find((p) => places.has(p)) ?? 'desk',
    guidedSec: routineDurationSec(routine),
    leadInSec,
    getUpSec,
    totalSec: leadInSec + sum((s) => s.activeSec) + getUpSec,
  };
}

/** The position's needs and each exercise's own, in first-use order, without repeats. */
function routineNeeds(steps: PlannedStep[]): Need[] {
  const needs = steps.flatMap((s) => [...POSITION_SETUP[s.exercise.position].needs, ...s.exercise.setup.needs]);
  return [...new Set(needs)];
}
