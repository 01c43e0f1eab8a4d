import { formatDuration } from '../../i18n/common/format';
import { planRoutine } from './plan';
import { DEFAULT_STRETCH_ROUTINE_ID, routineById } from './routines';
import type { Routine } from './schema';

/**
 * How long a routine takes, as a person lives it: lead-ins, holds, moves and getting up
 * (`planRoutine(...).totalSec`). The one length every screen and reminder states, so the reminder,
 * home and the preview can never disagree ("6 min" in one place, "7 min" in another).
 */
export function routineLengthSec(routine: Routine): number {
  return planRoutine(routine).totalSec;
}

/** The routine's length as words: "7 min", "7 Min.", "45 s". */
export function routineLength(routine: Routine): string {
  return formatDuration(routineLengthSec(routine));
}

export interface RoutineLabel {
  name: string;
  /** e.g. "3 min": `routineLength`, the same as home and the preview show. */
  durationLabel: string;
  /** e.g. "all at your desk" */
  where: string;
}

/** How reminders name a routine; an id that no longer exists falls back to the default routine. */
export function routineLabel(id: string): RoutineLabel {
  const routine = routineById(id) ?? routineById(DEFAULT_STRETCH_ROUTINE_ID)!;
  return { name: routine.name, durationLabel: routineLength(routine), where: routine.where };
}
