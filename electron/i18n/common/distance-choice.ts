import { distanceUnitForRegion, KM_PER_MILE, type DistanceUnit } from './format';
import { activeFormattingTag } from './translate';

/** What Settings stores for distances: follow the region, or one unit. */
export type DistanceChoice = 'auto' | DistanceUnit;

/**
 * The unit walks are shown in: the person's choice, else their region's ("en-US" → miles,
 * "de-DE" → kilometres). Without a region the language alone cannot say, so kilometres, which
 * most of the world uses.
 */
export function resolveDistanceUnit(choice: DistanceChoice, tag: string = activeFormattingTag()): DistanceUnit {
  if (choice !== 'auto') return choice;
  const region = /^[a-z]{2,3}-([A-Z]{2})\b/.exec(tag)?.[1];
  return distanceUnitForRegion(region);
}

/**
 * Miles (how history stores every walk, and how a plan may be kept) shown in `unit`. Display only:
 * stored data keeps its own unit, so nothing is rounded twice.
 */
export function milesIn(miles: number, unit: DistanceUnit): number {
  return unit === 'mi' ? miles : miles * KM_PER_MILE;
}
