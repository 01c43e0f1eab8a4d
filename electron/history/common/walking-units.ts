import type { DistanceUnit } from '../../i18n/common/format';
import { toKm, toMiles } from './aggregates';
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
