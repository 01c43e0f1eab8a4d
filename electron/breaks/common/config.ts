import type { Settings } from '../../settings/common/schema';
import { minutesOfDay, type Workday } from '../../settings/common/schema';

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

/**
 * Local time, injectable: tests replay DST changes and time zones deterministically; the app
 * uses the machine's own local time. Epoch milliseconds never jump at DST; only these do.
 */
export interface Calendar {
  /** Weekday (0 = Sunday) and minutes since local midnight. */
  parts(ms: number): { weekday: number; minutes: number };
  /** The epoch ms of `minutes` after local midnight, `dayOffset` days after the day of `ms`. */
  at(ms: number, dayOffset: number, minutes: number): number;
}

export const localCalendar: Calendar = {
  parts(ms) {
    const d = new Date(ms);
    return { weekday: d.getDay(), minutes: d.getHours() * 60 + d.getMinutes() };
  },
  at(ms, dayOffset, minutes) {
    const d = new Date(ms);
    d.setDate(d.getDate() + dayOffset);
    d.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
    return d.getTime();
  },
};

/** A fixed-offset calendar whose offset can change at given instants (DST), for tests. */
export function offsetCalendar(offsetAt: (ms: number) => number): Calendar {
  const DAY = 86_400_000;
  return {
    parts(ms) {
      const local = ms + offsetAt(ms);
      const day = Math.floor(local / DAY);
      return { weekday: (((day + 4) % 7) + 7) % 7, minutes: Math.floor((local - day * DAY) / 60_000) };
    },
    at(ms, dayOffset, minutes) {
      const local = ms + offsetAt(ms);
      const midnight = Math.floor(local / DAY) * DAY + dayOffset * DAY + minutes * 60_000;
      // Convert back with the offset in force at the target (good enough around a DST switch).
      return midnight - offsetAt(midnight - offsetAt(ms));
    },
  };
}

export interface WorkingHours {
  enabled: boolean;
  days: readonly Workday[];
}

export function isWorkingTime(hours: WorkingHours, calendar: Calendar, ms: number): boolean {
  if (!hours.enabled) return true;
  const { weekday, minutes } = calendar.parts(ms);
  const day = hours.days[weekday];
  return !!day && day.enabled && minutes >= minutesOfDay(day.start) && minutes < minutesOfDay(day.end);
}

/** The next instant working time starts or ends after `ms`, within a week; null if never. */
export function nextWorkingBoundary(hours: WorkingHours, calendar: Calendar, ms: number): number | null {
  if (!hours.enabled) return null;
  let best: number | null = null;
  for (let offset = 0; offset <= 7; offset++) {
    const weekday = (calendar.parts(ms).weekday + offset) % 7;
    const day = hours.days[weekday];
    if (!day?.enabled) continue;
    for (const edge of [minutesOfDay(day.start), minutesOfDay(day.end)]) {
      const t = calendar.at(ms, offset, edge);
      if (t > ms && (best === null || t < best)) best = t;
    }
    if (best !== null) return best;
  }
  return best;
}

/**
 * When "pause until tomorrow" ends: the start of the next working day — the first working start
 * after now on a later calendar day, or today's if it has not come yet (a pause at 00:30 ends at
 * this morning's start). Without working hours: 08:00 on the next such morning.
 */
export function tomorrowMorning(hours: WorkingHours, calendar: Calendar, ms: number): number {
  const { minutes: nowMinutes } = calendar.parts(ms);
  for (let offset = 0; offset <= 7; offset++) {
    const weekday = (calendar.parts(ms).weekday + offset) % 7;
    const day = hours.days[weekday];
    if (hours.enabled && !day?.enabled) continue;
    const start = hours.enabled && day ? minutesOfDay(day.start) : 8 * 60;
    // Today counts only if the working day has not started yet (e.g. 00:30); without working
    // hours, only in the small hours, so "tomorrow" said at 07:00 still means tomorrow.
    if (offset === 0 && (nowMinutes >= start || (!hours.enabled && nowMinutes >= 5 * 60))) continue;
    return calendar.at(ms, offset, start);
  }
  return calendar.at(ms, 1, 8 * 60);
}
