import { exerciseById, FLARE_ROUTINE_ID, routineById } from '../../exercises/common/routines';
import type { Exercise, Routine } from '../../exercises/common/schema';
import { t } from '../../i18n/common/translate';
import { flareHoldsBack, flareStatus, type FlareStatus } from './flare';
import { z } from 'zod/mini';
import type { MessageKey } from '../../i18n/common/generated/keys';
import { LEFT_SIDE, RIGHT_SIDE } from '../../exercises/common/localize';

/**
 * What Limber offers this person now: every way a session starts (reminder, home, tray, shortcut,
 * command line, swap, preview) goes through here, so an exercise left out by the screening, by a
 * flare-up or after "This hurt" is never offered by any path.
 */
export interface OfferContext {
  flare: FlareStatus | null;
  screening: Screening | null;
  /** Exercise ids the user left out after "This hurt". */
  leftOut: readonly string[];
}

/** The answers that decide what is offered: the settings fields of the same names. */
export interface SafetyAnswers {
  flareUpSince: string | null;
  screening: Screening | null;
  leftOutExercises: ReadonlyArray<{ exerciseId: string; since: string }>;
}

export function offerContext(settings: SafetyAnswers, now: Date): OfferContext {
  return {
    flare: flareStatus(settings.flareUpSince, now),
    screening: settings.screening,
    leftOut: settings.leftOutExercises.map((e) => e.exerciseId),
  };
}

/** Why this exercise is not offered now ("you told Limber you have a hip replacement"), or null. */
export function whyLeftOut(exercise: Exercise, ctx: OfferContext): string | null {
  if (ctx.leftOut.includes(exercise.id)) return t('safety.leftOut.saidItHurt');
  // The screening knows what the catalogue's exercises load, not what an own one does: it cannot
  // judge them (the screens say so, ownNotScreened). In a flare-up only those marked gentle are offered.
  if (exercise.source.kind === 'own') return ctx.flare && !exercise.gentle ? t('routines.own.flareHeldBack') : flareHoldsBack(exercise, ctx.flare);
  return screeningLeavesOut(loadsOf(exercise.id), ctx.screening) ?? flareHoldsBack(exercise, ctx.flare);
}

export const isOffered = (exercise: Exercise, ctx: OfferContext): boolean => whyLeftOut(exercise, ctx) === null;

export interface LeftOutStep {
  exercise: Exercise;
  reason: string;
}

export interface RoutineOffer {
  /** The routine with only the steps offered now (may have no steps: then `offered` is false). */
  routine: Routine;
  leftOut: LeftOutStep[];
  /** Something of it is offered; when not, the gentle routine is offered instead. */
  offered: boolean;
}

export function offerRoutine(routine: Routine, ctx: OfferContext): RoutineOffer {
  const leftOut: LeftOutStep[] = [];
  const steps = routine.steps.filter((step) => {
    const exercise = exerciseById(step.exerciseId);
    const reason = exercise ? whyLeftOut(exercise, ctx) : t('safety.leftOut.gone');
    if (reason !== null && exercise) leftOut.push({ exercise, reason });
    return reason === null;
  });
  return { routine: { ...routine, steps }, leftOut, offered: steps.length > 0 };
}

/**
 * The routine a break (or "start now") opens: the gentle one in the first days of a flare-up or when
 * nothing of the usual one is offered, else the usual one (run without what is left out).
 */
export function breakRoutineId(usualId: string, ctx: OfferContext): string {
  if (ctx.flare?.stage.gentleBreaks) return FLARE_ROUTINE_ID;
  const usual = routineById(usualId);
  return usual && offerRoutine(usual, ctx).offered ? usualId : FLARE_ROUTINE_ID;
}

/** What a session asked for by id gets: the routine as offered, or the gentle one instead when nothing of it is. */
export interface SessionOffer {
  requested: Routine;
  /** The routine that runs (offered steps only). */
  routine: Routine;
  leftOut: LeftOutStep[];
  /** The requested routine is not offered at all: this is offered instead (null if even it is not). */
  instead: Routine | null;
}

export function sessionOffer(routineId: string, ctx: OfferContext): SessionOffer {
  const requested = routineById(routineId) ?? routineById(FLARE_ROUTINE_ID)!;
  const offer = offerRoutine(requested, ctx);
  if (offer.offered) return { requested, routine: offer.routine, leftOut: offer.leftOut, instead: null };
  const gentle = offerRoutine(routineById(FLARE_ROUTINE_ID)!, ctx);
  return { requested, routine: gentle.routine, leftOut: offer.leftOut, instead: gentle.offered ? gentle.routine : null };
}

/** What the screens say beside an own exercise: the screening could not judge it. Null for the catalogue's. */
export const ownNotScreened = (exercise: Exercise): string | null => (exercise.source.kind === 'own' ? t('routines.own.notScreened') : null);

/** The exercises a preview may swap in: only those offered now. */
export const swapOptions = (exercises: readonly Exercise[], ctx: OfferContext): Exercise[] => exercises.filter((e) => isOffered(e, ctx));

/**
 * What each exercise loads, as the screening rules see it. Kept beside the rules rather than in the
 * exercise files so the whole safety picture is read in one place; a test checks that every
 * exercise has an entry. Sources: docs/exercise-sources.md ("Screening").
 */
export const LOADS = [
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
] as const;
export const LoadSchema = /* @__PURE__ */ z.enum(LOADS);
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
export const loadsOf = (exerciseId: string): readonly Load[] => EXERCISE_LOADS[exerciseId] ?? LOADS;

/**
 * The short screening: answers that change what Limber offers. Nothing here diagnoses; each rule
 * says what the app changed and why, and the screens suggest asking a clinician.
 * Each row of SCREENING_RULES is sourced in docs/exercise-sources.md ("Screening").
 */
// Built by a function called as pure: the window's safety and session views use this module's
// rules, and only Settings (which checks the answers) needs the schema, and zod with it.
const screeningSchema = () => z.strictObject({
  /** 'posterior' | 'anterior' | 'unknown': has a hip replacement, by that approach. */
  hipReplacement: z.enum(['no', 'posterior', 'anterior', 'unknown']),
  /** Spinal surgery or a spinal injection in the last three months. */
  recentSpinalProcedure: z.boolean(),
  pregnancy: z.enum(['no', 'first', 'second', 'third']),
  osteoporosis: z.boolean(),
  painfulSide: z.enum(['left', 'right', 'both', 'back']),
  /** What makes the leg worse. */
  worseWith: z.array(z.enum(['sitting-bending', 'standing-walking', 'lying'])).check(z.maxLength(3)),
});
export const ScreeningSchema = /* @__PURE__ */ screeningSchema();
export type Screening = z.infer<typeof ScreeningSchema>;

export interface ScreeningRule {
  id: string;
  applies: (s: Screening) => boolean;
  leavesOut: readonly Load[];
  /** After "left out: ": why, in the user's own answer (safety.json). */
  because: MessageKey;
}

export const SCREENING_RULES: readonly ScreeningRule[] = [
  // Hip precautions differ by the surgeon's approach: from the back, no bending past a right angle
  // and no crossing; from the front, no turning the leg out. Not knowing which keeps to both.
  {
    id: 'hip-posterior',
    applies: (s) => s.hipReplacement === 'posterior',
    leavesOut: ['hip-flexion-adduction', 'deep-hip-flexion'],
    because: 'safety.screening.becauseHipPosterior',
  },
  {
    id: 'hip-anterior',
    applies: (s) => s.hipReplacement === 'anterior',
    leavesOut: ['hip-external-rotation'],
    because: 'safety.screening.becauseHipAnterior',
  },
  {
    id: 'hip-unknown',
    applies: (s) => s.hipReplacement === 'unknown',
    leavesOut: ['hip-flexion-adduction', 'deep-hip-flexion', 'hip-external-rotation'],
    because: 'safety.screening.becauseHipUnknown',
  },
  {
    id: 'spinal-procedure',
    applies: (s) => s.recentSpinalProcedure,
    leavesOut: ['lumbar-flexion', 'nerve-tension'],
    because: 'safety.screening.becauseSpinal',
  },
  {
    id: 'pregnancy-later',
    applies: (s) => s.pregnancy === 'second' || s.pregnancy === 'third',
    leavesOut: ['lying-supine', 'single-leg-balance'],
    because: 'safety.screening.becausePregnancy',
  },
  {
    id: 'osteoporosis',
    applies: (s) => s.osteoporosis,
    leavesOut: ['lumbar-flexion'],
    because: 'safety.screening.becauseOsteoporosis',
  },
  {
    id: 'worse-sitting-bending',
    applies: (s) => s.worseWith.includes('sitting-bending'),
    leavesOut: ['lumbar-flexion'],
    because: 'safety.screening.becauseSittingBending',
  },
  {
    id: 'worse-standing-walking',
    applies: (s) => s.worseWith.includes('standing-walking'),
    leavesOut: ['long-walk', 'single-leg-balance'],
    because: 'safety.screening.becauseStandingWalking',
  },
  {
    id: 'worse-lying',
    applies: (s) => s.worseWith.includes('lying'),
    leavesOut: ['lying-supine'],
    because: 'safety.screening.becauseLying',
  },
];

/** Until the questions are answered, everything any rule could leave out stays out. */
export const unansweredBecause = (): string => t('safety.leftOut.unanswered');

/** The first reason a screening leaves out an exercise with these loads; null when it is offered. */
export function screeningLeavesOut(loads: readonly Load[], screening: Screening | null): string | null {
  if (screening === null) return SCREENING_RULES.some((r) => r.leavesOut.some((l) => loads.includes(l))) ? unansweredBecause() : null;
  const rule = SCREENING_RULES.find((r) => r.applies(screening) && r.leavesOut.some((l) => loads.includes(l)));
  return rule ? t(rule.because) : null;
}

/** Answers that need advice rather than a change of exercises: shown with the warning signs. */
export function screeningAdvice(screening: Screening | null): string[] {
  if (!screening) return [];
  const out: string[] = [];
  if (screening.painfulSide === 'both') out.push(t('safety.screening.adviceBothLegs'));
  if (screening.worseWith.includes('lying')) out.push(t('safety.screening.adviceLying'));
  if (screening.hipReplacement !== 'no') out.push(t('safety.screening.adviceHip'));
  if (screening.recentSpinalProcedure) out.push(t('safety.screening.adviceSpinal'));
  if (screening.pregnancy !== 'no') out.push(t('safety.screening.advicePregnancy'));
  return out;
}

/**
 * Sides start with the side the person chose: the leg that hurts. "Both legs" and "my back only"
 * name no side, so those start on the right, as the catalogue and the seed do.
 */
export const firstSideFor = (screening: Screening | null): 1 | 2 => (screening?.painfulSide === 'left' ? LEFT_SIDE : RIGHT_SIDE);
