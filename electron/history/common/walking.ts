import { z } from 'zod/mini';
import { t } from '../../i18n/common/translate';
import { localDayKey, MICROMILES_PER_MILE, toKm, toMiles, type DayKey, type HistoryAggregates } from './aggregates';
import '../../base/common/validation-messages';

const amount = z.number().check(z.gt(0), z.maximum(600));

/**
 * Where the weekly ramp stands (`advanceRamp` below): today's daily goal, the day the week being
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
 * met and pain does not rise (`advanceRamp` below), never past their target. The plan is stored from
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

/**
 * The walking goal grows on tolerance, not on the calendar (issue 22; docs/walking.md states the
 * rule and its sources). Once a week the last seven days are judged:
 *
 * - the goal grows one step only when the daily goal was met on at least RAMP_MET_SHARE of the
 *   days (5 of 7) AND pain did not rise against the week before;
 * - a week touched by a flare-up does not grow, and the flare-up itself sets the goal one step
 *   lower than it was, once per flare-up; growth resumes from there on tolerance;
 * - otherwise the goal holds (it never falls for a missed week: missing walks is not a reason to
 *   ask for less, and the next met week grows it again).
 *
 * Pain comes in through `RampEvidence.weekPain`, so the leg-pain field planned for issue 22 part 3
 * replaces the session ratings used today without touching the rule.
 */
export const RAMP_MET_SHARE = 0.7;
/** A week's pain this many points (0–10) above the week before counts as rising. */
export const PAIN_RISE_POINTS = 1;
export const WEEK_DAYS = 7;
/** The smallest step in each unit: a quarter mile, 400 m, or five minutes. */
export const MIN_STEP = { mi: 0.25, km: 0.4, min: 5 } as const;
/** The lowest goal a flare-up can set: one smallest step. */
const FLOOR = MIN_STEP;
/** Far behind (a machine off for years): judge at most this many weeks, then start afresh from today. */
const MAX_WEEKS_JUDGED = 520;
const FLARE_DAYS = 7;
const DAY_MS = 86_400_000;

export interface RampEvidence {
  /** How much was walked on a local day 'YYYY-MM-DD', in the plan's unit. */
  walkedOn(day: string): number;
  /** One number for the pain of the days [from, to) (0–10), or null with no ratings. */
  weekPain(from: string, to: string): number | null;
  /** When the current (or last) flare-up began, as settings keep it; null when none. */
  flareUpSince: string | null;
}

const round = (value: number, unit: WalkingPlan['unit']) => (unit === 'min' ? Math.round(value) : Math.round(value * 100) / 100);

/** One step up: about 10% of the goal, at least the unit's smallest step, never past the target. */
export function stepUp(goal: number, plan: Pick<WalkingPlan, 'unit' | 'target'>): number {
  return Math.min(plan.target, round(goal + Math.max(goal * 0.1, MIN_STEP[plan.unit]), plan.unit));
}

/** One step down: the step that would have led to this goal, never below the smallest step. */
export function stepDown(goal: number, plan: Pick<WalkingPlan, 'unit'>): number {
  return Math.max(FLOOR[plan.unit], round(goal - Math.max(goal / 1.1 * 0.1, MIN_STEP[plan.unit]), plan.unit));
}

/** 'YYYY-MM-DD' plus whole days, in calendar days (no time zone or DST can move it). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  const ms = (day: string) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(to) - ms(from)) / DAY_MS);
}

/** Whether a flare-up that began at `since` (7 days long) touches the local days [from, to). */
export function flareTouches(since: string | null, from: string, to: string): boolean {
  if (!since) return false;
  const start = Date.parse(since);
  if (Number.isNaN(start)) return false;
  const fromMs = new Date(`${from}T00:00:00`).getTime();
  const toMs = new Date(`${to}T00:00:00`).getTime();
  return start < toMs && start + FLARE_DAYS * DAY_MS > fromMs;
}

export type WeekVerdict = 'grew' | 'held-missed' | 'held-pain' | 'held-flare' | 'lowered-flare' | 'at-target';

/** The verdict on the week [from, from + 7): what the goal becomes, and why. */
export function judgeWeek(plan: WalkingPlan, ramp: WalkingRamp, from: string, evidence: RampEvidence): { ramp: WalkingRamp; verdict: WeekVerdict } {
  const to = addDays(from, WEEK_DAYS);
  const next = { ...ramp, weekFrom: to };
  const since = evidence.flareUpSince;
  if (flareTouches(since, from, to)) {
    if (since && ramp.flareLowered !== since) return { ramp: { ...next, goal: stepDown(ramp.goal, plan), flareLowered: since }, verdict: 'lowered-flare' };
    return { ramp: next, verdict: 'held-flare' };
  }
  let met = 0;
  for (let d = 0; d < WEEK_DAYS; d++) if (evidence.walkedOn(addDays(from, d)) >= ramp.goal - 1e-9) met++;
  if (met / WEEK_DAYS < RAMP_MET_SHARE) return { ramp: next, verdict: 'held-missed' };
  const pain = evidence.weekPain(from, to);
  const before = evidence.weekPain(addDays(from, -WEEK_DAYS), from);
  if (pain !== null && before !== null && pain - before >= PAIN_RISE_POINTS) return { ramp: next, verdict: 'held-pain' };
  if (ramp.goal >= plan.target) return { ramp: next, verdict: 'at-target' };
  return { ramp: { ...next, goal: stepUp(ramp.goal, plan) }, verdict: 'grew' };
}

/**
 * The plan brought up to `today` ('YYYY-MM-DD'): every whole week since the ramp's week began is
 * judged in order. A flare-up under way in the current week lowers the goal at once (the person
 * is asked for less while it lasts), once. Returns the same object when nothing changed.
 */
export function advanceRamp(plan: WalkingPlan, today: string, evidence: RampEvidence): WalkingPlan {
  // A plan saved by an earlier release carries over at the goal its owner was last shown.
  let ramp = plan.ramp ?? { goal: dailyGoal(plan, new Date(`${today}T12:00:00`)), weekFrom: today };
  if (daysBetween(ramp.weekFrom, today) > MAX_WEEKS_JUDGED * WEEK_DAYS) ramp = { ...ramp, weekFrom: today };
  while (daysBetween(ramp.weekFrom, today) >= WEEK_DAYS) ramp = judgeWeek(plan, ramp, ramp.weekFrom, evidence).ramp;
  const since = evidence.flareUpSince;
  if (since && ramp.flareLowered !== since && flareTouches(since, ramp.weekFrom, addDays(today, 1))) {
    ramp = { ...ramp, goal: stepDown(ramp.goal, plan), flareLowered: since };
  }
  const same = plan.ramp && plan.ramp.goal === ramp.goal && plan.ramp.weekFrom === ramp.weekFrom && plan.ramp.flareLowered === ramp.flareLowered;
  return same ? plan : { ...plan, ramp };
}
