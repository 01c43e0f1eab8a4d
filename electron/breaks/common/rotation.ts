/**
 * Breaks that rotate (issue 22, part 2). Most breaks stand the person up with their usual routine
 * (by default "Stand and walk"); once or twice a day, at times the person picks, the break due at
 * or after that time offers a stretch routine instead (the desk stretch, or the floor routine the
 * seed describes); and on an afternoon when the walking goal is far off, one break offers a walk
 * and says how far there is to go. None of these is a reminder of its own: each only changes what
 * one stretch reminder offers, so it is held by calls, pauses and focus like any reminder, can be
 * skipped like any reminder, and can never stack on another (docs/scheduling.md, "Rotation").
 */

import type { StretchTime } from '../../settings/common/schema';

export type { StretchTime };
export const WALK_NUDGE_ROUTINE_ID = 'walk-break';
/** The walking nudge comes only from this time on (minutes after local midnight: 14:00). */
export const WALK_NUDGE_FROM_MIN = 14 * 60;
/** "Far off": less than this share of the day's goal walked so far. */
export const WALK_NUDGE_BELOW = 0.5;

/** What today's breaks have already offered; forgotten when the local day changes. */
export interface RotationMemory {
  /** Local midnight of the day remembered (epoch ms, from the calendar). */
  day: number;
  /** Chosen times already offered today (answered in any way but a snooze). */
  timesDone: readonly string[];
  /** The walking nudge was offered today. */
  nudged: boolean;
}

export const freshMemory = (day: number): RotationMemory => ({ day, timesDone: [], nudged: false });

export interface WalkingProgress {
  walked: number;
  goal: number;
  unit: 'mi' | 'km' | 'min';
}

export type BreakOffer =
  | { reason: 'usual'; routineId: string }
  | { reason: 'chosen-time'; routineId: string; at: string }
  | { reason: 'walk-nudge'; routineId: string; walking: WalkingProgress };

export interface OfferInputs {
  usualId: string;
  times: readonly StretchTime[];
  /** Minutes after local midnight now. */
  minuteOfDay: number;
  memory: RotationMemory;
  /** Today's walking, or null when the nudge is off or unknown; asked only when the nudge could come. */
  walking: () => WalkingProgress | null;
  /** Whether the safety filter offers this routine as it is (screening, flare-up); see safety/common/offer.ts. */
  offered: (routineId: string) => boolean;
}

export const minutesOf = (at: string): number => Number(at.slice(0, 2)) * 60 + Number(at.slice(3, 5));

/**
 * What the next stretch reminder offers. A chosen time comes first: the latest one already
 * reached and not yet offered today (an earlier one missed, say over a long meeting, is not
 * offered on top of it). Then the afternoon walking nudge, once a day, only while less than half
 * the goal is walked and only when walking is offered at all. Otherwise the usual routine.
 */
export function pickOffer(input: OfferInputs): BreakOffer {
  const reached = input.times
    .filter((time) => minutesOf(time.at) <= input.minuteOfDay && !input.memory.timesDone.includes(time.at))
    .sort((a, b) => minutesOf(b.at) - minutesOf(a.at))[0];
  if (reached) return { reason: 'chosen-time', routineId: reached.routineId, at: reached.at };
  const walking = !input.memory.nudged && input.minuteOfDay >= WALK_NUDGE_FROM_MIN ? input.walking() : null;
  if (
    walking &&
    walking.goal > 0 &&
    walking.walked < walking.goal * WALK_NUDGE_BELOW &&
    input.usualId !== WALK_NUDGE_ROUTINE_ID &&
    input.offered(WALK_NUDGE_ROUTINE_ID)
  ) {
    return { reason: 'walk-nudge', routineId: WALK_NUDGE_ROUTINE_ID, walking };
  }
  return { reason: 'usual', routineId: input.usualId };
}

/** The memory once `offer` was answered (anything but a snooze): a chosen time counts with every earlier one. */
export function afterOffer(memory: RotationMemory, offer: BreakOffer, times: readonly StretchTime[]): RotationMemory {
  if (offer.reason === 'walk-nudge') return { ...memory, nudged: true };
  if (offer.reason !== 'chosen-time') return memory;
  const upTo = minutesOf(offer.at);
  const done = new Set([...memory.timesDone, ...times.filter((time) => minutesOf(time.at) <= upTo).map((time) => time.at)]);
  return { ...memory, timesDone: [...done] };
}
