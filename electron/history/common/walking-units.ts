import type { DistanceUnit } from '../../i18n/common/format';
import { BRISK_MIN_PER_MILE, toKm, toMiles } from './aggregates';
import type { WalkingPlan } from './walking';

/**
 * A walking plan shown in the person's distance unit, without changing how it is stored: a plan
 * kept in miles is shown in kilometres (and the other way round) by converting each amount, so
 * the weekly ramp is the same plan in either unit. A plan in minutes has no distance to convert.
 */
export type ShownUnit = DistanceUnit | 'min';

export function shownUnit(planUnit: WalkingPlan['unit'], distance: DistanceUnit): ShownUnit {
  return planUnit === 'min' ? 'min' : distance;
}

/** Hundredths, as the plan's own amounts are kept: enough for a walk, no float noise. */
const hundredths = (value: number) => Math.round(value * 100) / 100;

/** An amount in the plan's unit, as shown in `distance`. */
export function toShown(value: number, planUnit: WalkingPlan['unit'], distance: DistanceUnit): number {
  if (planUnit === 'min' || planUnit === distance) return value;
  return hundredths(distance === 'km' ? toKm(value, planUnit) : toMiles(value, planUnit));
}

/** A shown amount back in the plan's unit, for saving (kept to the precision it was typed in). */
export function fromShown(value: number, planUnit: WalkingPlan['unit'], distance: DistanceUnit): number {
  if (planUnit === 'min' || planUnit === distance) return value;
  return Math.round((planUnit === 'km' ? toKm(value, distance) : toMiles(value, distance)) * 1000) / 1000;
}

/**
 * Minutes and distance meet at a brisk pace of 20 minutes a mile (3 mph, the pace the CDC calls
 * brisk walking; docs/walking.md), the same pace history uses to count a walk logged in minutes
 * toward a goal in miles. Amounts in minutes are whole; distances keep hundredths.
 */
export function convertAmount(value: number, from: WalkingPlan['unit'], to: WalkingPlan['unit']): number {
  if (from === to) return value;
  const miles = from === 'min' ? value / BRISK_MIN_PER_MILE : toMiles(value, from);
  if (to === 'min') return Math.max(1, Math.round(miles * BRISK_MIN_PER_MILE));
  return Math.max(0.01, hundredths(to === 'km' ? toKm(miles, 'mi') : miles));
}

/** The whole plan in another unit: start, target and where the ramp stands, each converted. */
export function convertPlan(plan: WalkingPlan, unit: WalkingPlan['unit']): WalkingPlan {
  if (plan.unit === unit) return plan;
  const to = (value: number) => convertAmount(value, plan.unit, unit);
  const converted: WalkingPlan = { ...plan, unit, startDaily: to(plan.startDaily), target: Math.max(to(plan.startDaily), to(plan.target)) };
  return plan.ramp ? { ...converted, ramp: { ...plan.ramp, goal: Math.min(converted.target, to(plan.ramp.goal)) } } : converted;
}

/**
 * The plan after the person changed its start or target in Settings: it is theirs from now on
 * (no longer the default). A new start begins the ramp again from it, today; a new target keeps
 * the progress made, capped at the target.
 */
export function changePlan(plan: WalkingPlan, patch: Partial<Pick<WalkingPlan, 'startDaily' | 'target'>>, today: string): WalkingPlan {
  const next: WalkingPlan = { ...plan, ...patch, isDefault: false };
  if (patch.startDaily !== undefined && patch.startDaily !== plan.startDaily) return { ...next, ramp: { goal: patch.startDaily, weekFrom: today } };
  return plan.ramp ? { ...next, ramp: { ...plan.ramp, goal: Math.min(next.target, plan.ramp.goal) } } : next;
}
