import { DEFAULT_STRETCH_ROUTINE_ID, routineById, routineLabel } from '../../exercises/common/routines';
import { planRoutine } from '../../exercises/common/plan';
import { formatDuration } from '../../i18n/common/format';
import type { RoutineWords } from './wording';

/**
 * How a reminder names a routine. Its length is the one the window shows (the plan's total,
 * lead-in and getting up included, through format.ts's formatDuration), so a reminder never says
 * "6 min" for what home and the preview call "7 min". An id that no longer exists falls back to
 * the default routine.
 */
export function reminderRoutineWords(id: string): RoutineWords {
  const routine = routineById(id) ?? routineById(DEFAULT_STRETCH_ROUTINE_ID)!;
  const label = routineLabel(routine.id);
  return { name: label.name, where: label.where, durationLabel: formatDuration(planRoutine(routine).totalSec) };
}
