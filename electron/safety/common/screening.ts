import { z } from 'zod/mini';
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
  /** After "left out: ": why, in the user's own answer. */
  because: string;
}

export const SCREENING_RULES: readonly ScreeningRule[] = [
  // Hip precautions differ by the surgeon's approach: from the back, no bending past a right angle
  // and no crossing; from the front, no turning the leg out. Not knowing which keeps to both.
  {
    id: 'hip-posterior',
    applies: (s) => s.hipReplacement === 'posterior',
    leavesOut: ['hip-flexion-adduction', 'deep-hip-flexion'],
    because: 'you told Limber you have a hip replacement done from the back',
  },
  {
    id: 'hip-anterior',
    applies: (s) => s.hipReplacement === 'anterior',
    leavesOut: ['hip-external-rotation'],
    because: 'you told Limber you have a hip replacement done from the front',
  },
  {
    id: 'hip-unknown',
    applies: (s) => s.hipReplacement === 'unknown',
    leavesOut: ['hip-flexion-adduction', 'deep-hip-flexion', 'hip-external-rotation'],
    because: 'you told Limber you have a hip replacement and do not know which way it was done',
  },
  {
    id: 'spinal-procedure',
    applies: (s) => s.recentSpinalProcedure,
    leavesOut: ['lumbar-flexion', 'nerve-tension'],
    because: 'you told Limber you had spinal surgery or an injection recently',
  },
  {
    id: 'pregnancy-later',
    applies: (s) => s.pregnancy === 'second' || s.pregnancy === 'third',
    leavesOut: ['lying-supine', 'single-leg-balance'],
    because: 'you told Limber you are past the first trimester of pregnancy',
  },
  {
    id: 'osteoporosis',
    applies: (s) => s.osteoporosis,
    leavesOut: ['lumbar-flexion'],
    because: 'you told Limber you have osteoporosis',
  },
  {
    id: 'worse-sitting-bending',
    applies: (s) => s.worseWith.includes('sitting-bending'),
    leavesOut: ['lumbar-flexion'],
    because: 'you told Limber sitting and bending make your leg worse',
  },
  {
    id: 'worse-standing-walking',
    applies: (s) => s.worseWith.includes('standing-walking'),
    leavesOut: ['long-walk', 'single-leg-balance'],
    because: 'you told Limber standing and walking make your leg worse',
  },
  {
    id: 'worse-lying',
    applies: (s) => s.worseWith.includes('lying'),
    leavesOut: ['lying-supine'],
    because: 'you told Limber lying down makes your leg worse',
  },
];

/** Until the questions are answered, everything any rule could leave out stays out. */
export const UNANSWERED_BECAUSE = 'you have not answered the safety questions yet (Safety page)';

/** The first reason a screening leaves out an exercise with these loads; null when it is offered. */
export function screeningLeavesOut(loads: readonly Load[], screening: Screening | null): string | null {
  if (screening === null) return SCREENING_RULES.some((r) => r.leavesOut.some((l) => loads.includes(l))) ? UNANSWERED_BECAUSE : null;
  const rule = SCREENING_RULES.find((r) => r.applies(screening) && r.leavesOut.some((l) => loads.includes(l)));
  return rule ? rule.because : null;
}

/** Answers that need advice rather than a change of exercises: shown with the warning signs. */
export function screeningAdvice(screening: Screening | null): string[] {
  if (!screening) return [];
  const out: string[] = [];
  if (screening.painfulSide === 'both') out.push('Sciatica in both legs can be a sign of an emergency. Read the first group of warning signs now, and if they fit, call for help straight away.');
  if (screening.worseWith.includes('lying')) out.push('Leg or back pain that is worse lying down is worth showing a doctor soon.');
  if (screening.hipReplacement !== 'no') out.push('Ask your surgeon or physiotherapist which hip movements suit your replacement.');
  if (screening.recentSpinalProcedure) out.push('After spinal surgery or an injection, follow the plan your surgeon or physiotherapist gave you.');
  if (screening.pregnancy !== 'no') out.push('In pregnancy, check new exercise with your midwife or doctor.');
  return out;
}

/**
 * Sides start with the side the person chose: the leg that hurts. "Both legs" and "my back only"
 * name no side, so those start on the right, as the catalogue and the seed do.
 */
export const firstSideFor = (screening: Screening | null): 1 | 2 => (screening?.painfulSide === 'left' ? LEFT_SIDE : RIGHT_SIDE);
