import { resolveSteps, routineDurationSec, stepActiveSec, TIMING, DEFAULT_STRETCH_ROUTINE_ID, routineById } from './routines';
import type { Exercise, Need, Routine } from './schema';
import { startingOn } from './localize';
import { z } from 'zod/mini';
import type { MessageKey } from '../../i18n/common/generated/keys';
import { t, activeLocale } from '../../i18n/common/translate';
import { NeedSchema, PositionSchema, type Position } from './schema';
import { formatDuration } from '../../i18n/common/format';

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

/**
 * What taking up each position costs before the first hold: time to get there from the desk, what
 * it needs, and how to leave it. Per position rather than per exercise, because getting down to the
 * floor takes the same care whichever floor move comes first.
 */
// Built when checked (validatePositionSources), not when loaded: the window never checks.
const positionSetupSchema = () => z.strictObject({
  /** Seconds from "get ready" to the first hold when arriving in this position. */
  leadInSec: z.number().check(z.int(), z.minimum(5), z.maximum(60)),
  needs: z.array(NeedSchema).check(z.maxLength(3)),
  /** Said during the lead-in. */
  leadInCue: z.string().check(z.minLength(3), z.maxLength(200)),
  /** Leaving the floor: roll onto your side before getting up (and the seconds that takes). */
  getUp: z.nullable(
    z.strictObject({
      cue: z.string().check(z.minLength(3), z.maxLength(200)),
      seconds: z.number().check(z.int(), z.minimum(5), z.maximum(60)),
    }),
  ),
  /** Where the routine happens, as the reminder and home screen sum it up. */
  place: z.enum(['floor', 'desk', 'walking']),
});
export type PositionSetup = z.infer<ReturnType<typeof positionSetupSchema>>;

/** As written: message keys where the words go (exercises.json); read through `t()` below. */
export const POSITION_SOURCES: Record<Position, Omit<PositionSetup, 'leadInCue' | 'getUp'> & { leadInCue: MessageKey; getUp: { cue: MessageKey; seconds: number } | null }> = {
  floor: {
    leadInSec: 20,
    needs: ['mat'],
    leadInCue: 'exercises.position.floor.leadIn',
    getUp: { cue: 'exercises.position.floor.getUp', seconds: 10 },
    place: 'floor',
  },
  seated: { leadInSec: 5, needs: ['chair'], leadInCue: 'exercises.position.seated.leadIn', getUp: null, place: 'desk' },
  standing: { leadInSec: 5, needs: [], leadInCue: 'exercises.position.standing.leadIn', getUp: null, place: 'desk' },
  walking: { leadInSec: 10, needs: [], leadInCue: 'exercises.position.walking.leadIn', getUp: null, place: 'walking' },
};

/** Checks each position as written (catalogue-check.ts, run by its test and by main at start-up). */
export function validatePositionSources(): void {
  const schema = positionSetupSchema();
  for (const position of PositionSchema.options) {
    const parsed = schema.safeParse(POSITION_SOURCES[position]);
    if (!parsed.success) throw new Error(`Position ${position} is invalid: ${parsed.error.issues[0]?.message ?? ''}`);
  }
}

// Not validated here, so that zod's checks stay out of the window's first frame: see validatePositionSources.
export const POSITION_SETUP: Readonly<Record<Position, PositionSetup>> = Object.fromEntries(
  (Object.keys(POSITION_SOURCES) as Position[]).map((position) => {
    const source = POSITION_SOURCES[position];
    const { leadInCue, getUp } = source;
    // Read when used, not when loaded: the language is known only after the modules load.
    const localized: PositionSetup = {
      ...source,
      get leadInCue() {
        return t(leadInCue);
      },
      getUp: getUp && {
        seconds: getUp.seconds,
        get cue() {
          return t(getUp.cue);
        },
      },
    };
    return [position, localized];
  }),
) as Record<Position, PositionSetup>;

/**
 * How long spoken words take, for planning: every moment of a session is given at least the time
 * its words need at this rate, so the voice never falls behind the timer. Conservative on purpose:
 * espeak-ng speaks about 2.8 words a second at the player's rate, most system voices 2.5–3; the
 * voice settings offer no rate slower than 0.9, so no allowed voice is slower than this.
 */
export const SPEECH_WORDS_PER_SEC = 2.2;
/**
 * The same budget in the other languages. Voices speak at a steady pace of sounds, not of words,
 * and the catalogue's words are longer in the other languages (letters per word in exercises.json:
 * English 4.2, German 5.1, French 4.9, Spanish 4.6), so fewer of them fit a second: 2.2 scaled by
 * that ratio and rounded down.
 */
const WORDS_PER_SEC_BY_LANGUAGE: Readonly<Record<string, number>> = { de: 1.8, fr: 1.9, es: 2.0 };
/** The planning rate for the active language (the pseudo-locale plans as English). */
export const speechWordsPerSec = (): number => WORDS_PER_SEC_BY_LANGUAGE[activeLocale()] ?? SPEECH_WORDS_PER_SEC;
/** What a synthesizer adds to each line: starting up, and the pause at its end. */
export const SPEECH_LINE_GAP_SEC = 0.3;

/** Words as a voice says them: anything with a letter or digit in it. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Seconds the lines take said one after another at the planning rate. */
export function speechSec(lines: readonly string[]): number {
  const rate = speechWordsPerSec();
  return lines.reduce((total, line) => total + wordCount(line) / rate + SPEECH_LINE_GAP_SEC, 0);
}

/** The first line of a lead-in: the routine's first exercise is announced, the others named as next. */
export const leadInIntro = (name: string, first: boolean): string => t(first ? 'exercises.say.first' : 'exercises.say.next', { name });

/** Quiet seconds after a lead-in's words before the hold begins: a breath to settle. */
export const LEAD_IN_SETTLE_SEC = 3;

/**
 * How long a routine takes, as a person lives it: lead-ins, holds, moves and getting up
 * (`planRoutine(...).totalSec`). The one length every screen and reminder states, so the reminder,
 * home and the preview can never disagree ("6 min" in one place, "7 min" in another).
 */
export function routineLengthSec(routine: Routine): number {
  return planRoutine(routine).totalSec;
}

/** The routine's length as words: "7 min", "7 Min.", "45 s". */
export function routineLength(routine: Routine): string {
  return formatDuration(routineLengthSec(routine));
}

export interface RoutineLabel {
  name: string;
  /** e.g. "3 min": `routineLength`, the same as home and the preview show. */
  durationLabel: string;
  /** e.g. "all at your desk" */
  where: string;
}

/** How reminders name a routine; an id that no longer exists falls back to the default routine. */
export function routineLabel(id: string): RoutineLabel {
  const routine = routineById(id) ?? routineById(DEFAULT_STRETCH_ROUTINE_ID)!;
  return { name: routine.name, durationLabel: routineLength(routine), where: routine.where };
}
