import type { Settings } from '../../settings/common/schema';
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
  /** When this config stops being true by itself (a flare-up phase ends); null if never. */
  recheckAt: number | null;
}

/** A posture check this close before a stretch break is folded into it: never two at once. */
export const FOLD_WINDOW_MS = 5 * MIN;
/** A reminder held back (focus mode, a short absence) waits this long after it may show again. */
export const GRACE_MS = 2 * MIN;
/**
 * Back from a short absence with a break already due: it waits this long, so it never lands the
 * instant the user sits down, and the scheduler takes a fresh presence reading first (a call may
 * have begun while it could not look).
 */
export const RETURN_SETTLE_MS = 15_000;
/** A reminder nobody answers is taken down after this long and counted as missed (window or notification alike). */
export const REMINDER_TIMEOUT_MS = 2 * MIN;
/**
 * A missed stretch break asks again MISS_REASK_MS after it was taken down; after this many misses
 * in a row the next offer waits a snooze's length (perhaps nobody is there), and the bout goes on.
 */
export const MAX_MISSES = 2;
/**
 * An ignored stretch reminder was probably not seen (a notification fades): it comes again this
 * long after it appeared (two minutes after it was taken down), so four offers fit in the quarter
 * hour after the interval; in a long bout, a minute sooner.
 */
export const MISS_REASK_MS = 4 * MIN;
export const LONG_BOUT_MISS_REASK_MS = 3 * MIN;
/** A skipped stretch break asks again this much later (the tray's skip of the coming one, too): the bout goes on. */
export const SKIP_REASK_MS = 10 * MIN;
/**
 * Once the bout has reached the interval the skip wait halves: the quarter hour after the
 * interval is when getting up still counts as on time (issue 19's goal), and it must hold
 * room for three more offers.
 */
export const DUE_SKIP_REASK_MS = SKIP_REASK_MS / 2;
/** A bout this far past the interval is long (typically a call ran through it): the skip wait is shorter still. */
export const LONG_BOUT_MS = 15 * MIN;
export const LONG_BOUT_SKIP_REASK_MS = 3 * MIN;
/** After a reminder's Start, the session has this long before the offer's re-ask (a snooze's length) starts counting. */
export const START_REASK_MS = 2 * MIN;
/** No input this long, with no lock or sleep, is a walk away, not reading at the desk. Shorter idle is unsure. */
export const IDLE_AWAY_MS = 25 * MIN;
/** Snoozing stops once it would take the bout this far past the interval: snoozes are bounded by the bout. */
export const SNOOZE_BOUT_LIMIT_MS = 25 * MIN;
/** A session that never reports its end stops shielding idle time from counting as an absence after this long. */
export const SESSION_MAX_MS = 30 * MIN;
/** After a reminder's Start, the session has this long to begin before the reminder counts as missed. */
export const PENDING_START_MS = 10 * MIN;
/** No new reminder (or heads-up) in the last minutes of the working day: the day ends calmly. */
export const END_OF_DAY_QUIET_MS = 5 * MIN;
/** A stretch break held back by a call is offered this soon after the call ends ("within a minute"). */
export const HOLD_RELEASE_MS = 10_000;
/** Two reminders are never closer than this (a posture check right after another reminder waits). */
export const MIN_REMINDER_GAP_MS = 60_000;

export function configFromSettings(settings: Settings, stretchIntervalFactor = 1, recheckAt: number | null = null): BreakConfig {
  return {
    stretchIntervalMs: Math.round(settings.stretchIntervalMin * stretchIntervalFactor) * MIN,
    postureIntervalMs: settings.postureIntervalMin * MIN,
    postureEnabled: settings.postureChecksEnabled,
    breakLengthMs: settings.breakLengthMin * MIN,
    headsUpMs: settings.headsUpSec * 1000,
    snoozeMs: settings.snoozeMin * MIN,
    maxSnoozes: settings.maxSnoozes,
    workingHours: settings.workingHours,
    recheckAt,
  };
}
