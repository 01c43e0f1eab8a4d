import { z } from 'zod/mini';
import '../../base/common/validation-messages';
import { t } from '../../i18n/common/translate';
import { localDayKey, MICROMILES_PER_MILE, toKm, toMiles, type DayKey, type HistoryAggregates } from './aggregates';

/**
 * The walking goal: the seed suggests building up gradually toward about three miles a day at a
 * brisk pace. The daily goal starts where the user chooses and grows gently each week, never
 * past their target, and not at all in a week spent in flare-up mode.
 */
export const WalkingPlanSchema = z
  .strictObject({
    unit: z.enum(['mi', 'km', 'min']),
    startDaily: z
      .number()
      .check(z.gt(0, { error: () => t('settings.walking.error.startNotPositive') }), z.maximum(600, { error: () => t('settings.walking.error.startTooLarge') })),
    target: z
      .number()
      .check(z.gt(0, { error: () => t('settings.walking.error.targetNotPositive') }), z.maximum(600, { error: () => t('settings.walking.error.targetTooLarge') })),
    startedOn: z.iso.date(),
  })
  .check(z.refine((p) => p.target >= p.startDaily, { error: () => t('settings.walking.error.targetBelowStart'), path: ['target'] }));
export type WalkingPlan = z.infer<typeof WalkingPlanSchema>;

export const DEFAULT_WALKING_PLAN = (today: string): WalkingPlan => ({ unit: 'mi', startDaily: 0.5, target: 3, startedOn: today });

const MIN_STEP = { mi: 0.25, km: 0.4, min: 5 } as const;

/** Whole weeks since the plan started, minus weeks spent in a flare-up. */
export function activeWeeks(plan: WalkingPlan, today: Date, flareWeeks = 0): number {
  const start = new Date(`${plan.startedOn}T00:00:00`);
  const weeks = Math.floor((today.getTime() - start.getTime()) / (7 * 86_400_000));
  return Math.max(0, weeks - flareWeeks);
}

export function dailyGoal(plan: WalkingPlan, today: Date, flareWeeks = 0): number {
  let goal = plan.startDaily;
  for (let w = 0; w < activeWeeks(plan, today, flareWeeks) && goal < plan.target; w++) {
    goal = Math.min(plan.target, goal + Math.max(goal * 0.1, MIN_STEP[plan.unit]));
  }
  return Math.round(goal * 100) / 100;
}

/** How far the user walked on `today`, in the plan's unit (whole minutes, or hundredths of a mile or km). */
export function walkedToday(aggregates: HistoryAggregates, plan: WalkingPlan, today: Date, dayKey: DayKey = localDayKey): number {
  const day = aggregates.days.get(dayKey(today));
  if (!day) return 0;
  if (plan.unit === 'min') return Math.round(day.walkMinutes);
  const miles = day.walkMicromiles / MICROMILES_PER_MILE;
  return Math.round((plan.unit === 'mi' ? miles : toKm(miles, 'mi')) * 100) / 100;
}

export { toKm, toMiles };
