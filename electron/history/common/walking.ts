import { z } from 'zod/mini';
import { t } from '../../i18n/common/translate';
import { localDayKey, MICROMILES_PER_MILE, toKm, toMiles, type DayKey, type HistoryAggregates } from './aggregates';

const amount = z.number().check(z.gt(0), z.maximum(600));

/**
 * Where the weekly ramp stands (walking-ramp.ts): today's daily goal, the day the week being
 * watched began, and the flare-up (by its start) that already set the goal one step lower.
 */
export const WalkingRampSchema = z.strictObject({
  goal: amount,
  weekFrom: z.iso.date(),
  flareLowered: z.optional(z.iso.datetime()),
});
export type WalkingRamp = z.infer<typeof WalkingRampSchema>;

/**
 * The walking goal: the seed suggests building up gradually toward about three miles a day at a
 * brisk pace. The daily goal starts where the user chooses and grows a step a week while it is
 * met and pain does not rise (walking-ramp.ts), never past their target. The plan is stored from
 * its first use, with where its ramp stands; `ramp` and `isDefault` are optional so that a plan
 * saved by an earlier release opens unchanged.
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
    /** Limber started this plan with the seed's defaults; the person has not chosen it. */
    isDefault: z.optional(z.boolean()),
    ramp: z.optional(WalkingRampSchema),
  })
  .check(z.refine((p) => p.target >= p.startDaily, { error: () => t('settings.walking.error.targetBelowStart'), path: ['target'] }));
export type WalkingPlan = z.infer<typeof WalkingPlanSchema>;

export const DEFAULT_WALKING_PLAN = (today: string): WalkingPlan => ({ unit: 'mi', startDaily: 0.5, target: 3, startedOn: today });

/** The plan Limber stores on first use: the seed's defaults, its ramp starting today. */
export const firstUsePlan = (today: string): WalkingPlan => ({ ...DEFAULT_WALKING_PLAN(today), isDefault: true, ramp: { goal: 0.5, weekFrom: today } });

/** The daily goal in force: where the ramp stands, or the start before it has been brought up to date. */
export const currentGoal = (plan: WalkingPlan): number => plan.ramp?.goal ?? plan.startDaily;

/**
 * The calendar ramp of earlier releases (a step every week, whatever happened). Used only once,
 * to carry a plan saved by an earlier release over at the goal its owner was last shown.
 */
const CALENDAR_STEP = { mi: 0.25, km: 0.4, min: 5 } as const;

/** Whole weeks since the plan started, minus weeks spent in a flare-up. */
export function activeWeeks(plan: WalkingPlan, today: Date, flareWeeks = 0): number {
  const start = new Date(`${plan.startedOn}T00:00:00`);
  const weeks = Math.floor((today.getTime() - start.getTime()) / (7 * 86_400_000));
  return Math.max(0, weeks - flareWeeks);
}

/** The earlier releases' goal for `today` (see CALENDAR_STEP). */
export function dailyGoal(plan: WalkingPlan, today: Date, flareWeeks = 0): number {
  let goal = plan.startDaily;
  for (let w = 0; w < activeWeeks(plan, today, flareWeeks) && goal < plan.target; w++) {
    goal = Math.min(plan.target, goal + Math.max(goal * 0.1, CALENDAR_STEP[plan.unit]));
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
