import type { Settings } from '../settings/schema';
import type { WorkingHours } from './calendar';

const MIN = 60_000;

/** Everything the scheduler needs, in milliseconds. Built from settings (and flare-up mode). */
export interface BreakConfig {
  stretchIntervalMs: number;
  postureIntervalMs: number;
  postureEnabled: boolean;
  /** Away (idle, locked, asleep) at least this long counts as a break taken. */
  breakLengthMs: number;
  headsUpMs: number;
  snoozeMs: number;
  maxSnoozes: number;
  workingHours: WorkingHours;
}

/** A posture check this close before a stretch break is folded into it: never two at once. */
export const FOLD_WINDOW_MS = 5 * MIN;
/** A reminder held back (focus mode, a short absence) waits this long after it may show again. */
export const GRACE_MS = 2 * MIN;

export function configFromSettings(settings: Settings, stretchIntervalFactor = 1): BreakConfig {
  return {
    stretchIntervalMs: Math.round(settings.stretchIntervalMin * stretchIntervalFactor) * MIN,
    postureIntervalMs: settings.postureIntervalMin * MIN,
    postureEnabled: settings.postureChecksEnabled,
    breakLengthMs: settings.breakLengthMin * MIN,
    headsUpMs: settings.headsUpSec * 1000,
    snoozeMs: settings.snoozeMin * MIN,
    maxSnoozes: settings.maxSnoozes,
    workingHours: settings.workingHours,
  };
}
