import { z } from 'zod/mini';
import type { MessageKey } from '../../i18n/common/generated/keys';
import { t } from '../../i18n/common/translate';
import type { Load } from './loads';
import { LEFT_SIDE, RIGHT_SIDE } from '../../exercises/common/sides';

/**
 * The short screening: answers that change what Limber offers. Nothing here diagnoses; each rule
 * says what the app changed and why, and the screens suggest asking a clinician.
 * Each row of SCREENING_RULES is sourced in docs/exercise-sources.md ("Screening").
 */
export const ScreeningSchema = z.strictObject({
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
