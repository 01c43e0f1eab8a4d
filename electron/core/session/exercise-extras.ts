import type { Exercise, Position } from '../exercises/schema';

/**
 * Catalogue fields the player uses when the catalogue has them, with the fallbacks it uses until
 * then. The exercise schema does not declare them yet, so they are read defensively: a field of
 * the wrong type counts as absent.
 */
interface CatalogueExtras {
  /** Seconds to get into the starting position from elsewhere (down to the floor, into the chair). */
  leadInSec?: unknown;
  /** What the exercise needs besides the person: "mat", "towel", "chair". */
  needs?: unknown;
  /** What each side is called, e.g. ["Right over left", "Left over right"]. */
  sideLabels?: unknown;
  /** Get up by rolling onto the side first (after lying on the back). */
  rollOntoSide?: unknown;
}

const extras = (exercise: Exercise): CatalogueExtras => exercise as CatalogueExtras;

/** Getting down to the floor takes about 20 s; into a chair 8 s; standing up straight away 5 s. */
const LEAD_IN_BY_POSITION: Record<Position, number> = { floor: 20, seated: 8, standing: 5, walking: 5 };
/** Extra time to fetch something the previous exercise did not need (a towel, a strap). */
export const FETCH_SEC = 10;
/** Between two exercises done in the same position. */
export const SAME_POSITION_SEC = 5;
/** Rolling onto one side and pushing up slowly, after lying on the back. */
export const GET_UP_SEC = 8;

/** Seconds to get into position from anywhere else. */
export function positionLeadInSec(exercise: Exercise): number {
  const value = extras(exercise).leadInSec;
  return typeof value === 'number' && Number.isFinite(value) && value >= 3 && value <= 120
    ? Math.round(value)
    : LEAD_IN_BY_POSITION[exercise.position];
}

/** Things to have at hand; the mat is what lying on the floor means, the rest is read from the steps. */
export function itemsNeeded(exercise: Exercise): string[] {
  const value = extras(exercise).needs;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return [...new Set(value)];
  const text = exercise.steps.join(' ').toLowerCase();
  const items: string[] = [];
  if (exercise.position === 'floor') items.push('mat');
  if (text.includes('towel') || text.includes('strap')) items.push('towel');
  if (exercise.position === 'seated') items.push('chair');
  return items;
}

/** The lead-in before an exercise, given the one before it (null: the first of the session). */
export function leadInSec(exercise: Exercise, previous: Exercise | null): number {
  const samePosition = previous !== null && previous.position === exercise.position;
  const had = new Set(previous ? itemsNeeded(previous) : []);
  const fetching = itemsNeeded(exercise).some((item) => item !== 'mat' && item !== 'chair' && !had.has(item));
  return (samePosition ? SAME_POSITION_SEC : positionLeadInSec(exercise)) + (fetching ? FETCH_SEC : 0);
}

/** What a side is called on screen and aloud. */
export function sideLabel(exercise: Exercise, side: 1 | 2): string {
  const value = extras(exercise).sideLabels;
  if (Array.isArray(value) && value.length === 2 && value.every((label) => typeof label === 'string' && label.length > 0)) {
    return value[side - 1] as string;
  }
  if (exercise.limb === 'leg') return side === 1 ? 'Right leg' : 'Left leg';
  return side === 1 ? 'Right side' : 'Left side';
}

/** Whether getting up afterwards starts by rolling onto one side (every lying exercise unless told). */
export function rollsOntoSide(exercise: Exercise): boolean {
  const value = extras(exercise).rollOntoSide;
  return typeof value === 'boolean' ? value : exercise.position === 'floor';
}
