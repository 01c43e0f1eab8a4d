import { minutesOfDay, type Workday } from '../../settings/common/schema';

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
