import { routineLabel } from '../../exercises/common/routine-length';
import type { RoutineWords } from './wording';

/**
 * How a reminder names a routine. Its length is the one the window shows (the plan's total,
 * lead-in and getting up included, through format.ts's formatDuration), so a reminder never says
 * "6 min" for what home and the preview call "7 min". An id that no longer exists falls back to
 * the default routine.
 */
export function reminderRoutineWords(id: string): RoutineWords {
  const label = routineLabel(id);
  return { name: label.name, where: label.where, durationLabel: label.durationLabel };
}
