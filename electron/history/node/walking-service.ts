import { localDayKey, MICROMILES_PER_MILE, toKm, type DayKey, type HistoryAggregates } from '../common/aggregates';
import { advanceRamp, addDays, type RampEvidence, currentGoal, firstUsePlan, type WalkingPlan } from '../common/walking';
import { flareAdjustments, flareStatus } from '../../safety/common/flare';
import type { SettingsService } from '../../settings/node/settings-store';

export interface WalkingToday {
  plan: WalkingPlan;
  /** Today's daily goal, in the plan's unit. */
  goal: number;
  /** Walked today, in the plan's unit. */
  walked: number;
  /** A flare-up is under way: the goal does not grow. */
  paused: boolean;
  /** Limber chose this plan; the person has not. */
  isDefault: boolean;
}

/** A day's walking in the plan's unit: whole minutes, or hundredths of a mile or km. */
export function walkedOn(aggregates: HistoryAggregates, unit: WalkingPlan['unit'], day: string): number {
  const totals = aggregates.days.get(day);
  if (!totals) return 0;
  if (unit === 'min') return Math.round(totals.walkMinutes);
  const miles = totals.walkMicromiles / MICROMILES_PER_MILE;
  return Math.round((unit === 'mi' ? miles : toKm(miles, 'mi')) * 100) / 100;
}

/**
 * The week's pain as one number, the one place the ramp reads pain. Leg pain is the signal that
 * matters in sciatica (issue 22): when the week holds leg ratings given before sessions, their mean;
 * otherwise (older one-number records, or only back ratings) the mean of every rating before and
 * after sessions on those days.
 */
export function sessionPain(aggregates: HistoryAggregates, from: string, to: string): number | null {
  let sum = 0;
  let count = 0;
  let legSum = 0;
  let legCount = 0;
  for (let day = from; day < to; day = addDays(day, 1)) {
    const totals = aggregates.days.get(day);
    if (!totals) continue;
    sum += totals.painBefore.sum + totals.painAfter.sum;
    count += totals.painBefore.count + totals.painAfter.count;
    for (const rating of totals.ratingsBefore.leg) {
      legSum += rating;
      legCount++;
    }
  }
  if (legCount > 0) return legSum / legCount;
  return count === 0 ? null : sum / count;
}

export interface WalkingServiceOptions {
  aggregates: () => HistoryAggregates;
  settings: SettingsService;
  now: () => Date;
  dayKey?: DayKey;
  log?: (message: string) => void;
}

/**
 * Today's walking goal, with the plan stored on first use and its ramp brought up to date (and
 * stored) whenever it is read: the home card, the history summary and the afternoon walking nudge
 * all read the same goal.
 */
export function createWalkingService({ aggregates, settings, now, dayKey = localDayKey, log }: WalkingServiceOptions) {
  return {
    today(): WalkingToday {
      const at = now();
      const today = dayKey(at);
      const s = settings.get();
      const stored = s.walkingPlan ?? firstUsePlan(today);
      const history = aggregates();
      const evidence: RampEvidence = {
        walkedOn: (day) => walkedOn(history, stored.unit, day),
        weekPain: (from, to) => sessionPain(history, from, to),
        flareUpSince: s.flareUpSince,
      };
      const plan = advanceRamp(stored, today, evidence);
      if (plan !== s.walkingPlan) {
        const saved = settings.update({ walkingPlan: plan });
        // Not saved (a file that cannot be written): the goal is still right today; it is worked out again next time.
        if (!saved.ok) log?.(`walking plan not saved: ${Object.values(saved.errors).join('; ')}`);
      }
      return {
        plan,
        goal: currentGoal(plan),
        walked: walkedOn(history, plan.unit, today),
        paused: flareAdjustments(s.stretchIntervalMin, flareStatus(s.flareUpSince, at)).walkingRampPaused,
        isDefault: plan.isDefault === true,
      };
    },
  };
}

export type WalkingService = ReturnType<typeof createWalkingService>;
