import { exerciseById } from '../../exercises/common/catalogue';
import { FLARE_ROUTINE_ID, routineById } from '../../exercises/common/routines';
import type { Exercise, Routine } from '../../exercises/common/schema';
import { t } from '../../i18n/common/translate';
import { flareHoldsBack, flareStatus, type FlareStatus } from './flare';
import { loadsOf } from './loads';
import { screeningLeavesOut, type Screening } from './screening';

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

/** The exercises a preview may swap in: only those offered now. */
export const swapOptions = (exercises: readonly Exercise[], ctx: OfferContext): Exercise[] => exercises.filter((e) => isOffered(e, ctx));
