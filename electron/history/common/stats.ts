import { localDayKey, MICROMILES_PER_MILE, type DayKey, type HistoryAggregates } from './aggregates';

export { BRISK_MIN_PER_MILE, localDayKey, toKm, toMiles, walkMiles, type DayKey } from './aggregates';

/** The history screen's range switch: how many days, ending today, a summary covers. */
export const HISTORY_RANGES = { week: 7, month: 30, '3-months': 90 } as const;
export type HistoryRange = keyof typeof HISTORY_RANGES;

export interface DaySummary {
  day: string;
  /** Completed sessions. */
  sessions: number;
  /** Whole minutes (see carriedRound: the days add up to the total). */
  minutesStretched: number;
  postureChecks: number;
  /** Reminders that went unanswered. */
  missedReminders: number;
  /** Miles to one decimal: the one walking unit of the summary (km and minutes are converted). */
  walkMiles: number;
  /** Average pain rated before sessions that day (one decimal), or null if none was rated. */
  painBefore: number | null;
  painAfter: number | null;
  /** Whole minutes of sitting bouts that started this day. */
  sittingMin: number;
  /** The longest of those bouts, whole minutes (0: none recorded). */
  longestSittingMin: number;
}

export interface HistoryTotals {
  sessions: number;
  /** Whole minutes: the rounded sum of every exact second held. */
  minutesStretched: number;
  walks: number;
  /** Miles to one decimal. */
  walkMiles: number;
  hurtStops: number;
}

/** Miles are shown in tenths. */
const TENTH_MILE = MICROMILES_PER_MILE / 10;

/**
 * One rounding rule for every figure shown in whole units. Each day shows
 * round(running total through that day) − round(running total through the day before), so the
 * days of any range add up exactly to the rounding of their exact sum, and over the whole history
 * to the total shown beside them. A day's leftover seconds carry into the next day instead of
 * vanishing: three days of 20 s each show 0, 1 and 0 minutes, and the total says 1, not 0.
 */
export function carriedRound(before: number, amounts: readonly number[], unit: number): number[] {
  let running = before;
  return amounts.map((amount) => {
    const from = Math.round(running / unit);
    running += amount;
    return Math.round(running / unit) - from;
  });
}

function daysBack(today: Date, count: number, dayKey: DayKey): string[] {
  const days: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(today);
    d.setDate(d.getDate() - i);
    days.push(dayKey(d));
  }
  return days;
}

const average = ({ sum, count }: { sum: number; count: number }) => (count ? Math.round((sum / count) * 10) / 10 : null);

/** Per-day figures for the `count` days ending today, oldest first. Day keys sort as dates. */
export function dailySeries(aggregates: HistoryAggregates, today: Date, count: number, dayKey: DayKey = localDayKey): DaySummary[] {
  const days = daysBack(today, count, dayKey);
  const first = days[0]!;
  let secondsBefore = 0;
  let micromilesBefore = 0;
  for (const [key, day] of aggregates.days) {
    if (key >= first) continue;
    secondsBefore += day.secondsStretched;
    micromilesBefore += day.walkMicromiles;
  }
  const figures = days.map((key) => aggregates.days.get(key));
  const minutes = carriedRound(secondsBefore, figures.map((d) => d?.secondsStretched ?? 0), 60);
  const tenths = carriedRound(micromilesBefore, figures.map((d) => d?.walkMicromiles ?? 0), TENTH_MILE);
  return days.map((day, i) => {
    const d = figures[i];
    return {
      day,
      sessions: d?.sessions ?? 0,
      minutesStretched: minutes[i]!,
      postureChecks: d?.postureChecks ?? 0,
      missedReminders: d?.missedReminders ?? 0,
      walkMiles: tenths[i]! / 10,
      painBefore: d ? average(d.painBefore) : null,
      painAfter: d ? average(d.painAfter) : null,
      sittingMin: d?.sittingMinutes ?? 0,
      longestSittingMin: d?.longestSittingMin ?? 0,
    };
  });
}

/** Consecutive days with a completed session. Today counts once done; an empty today does not break the run. */
export function streak(aggregates: HistoryAggregates, today: Date, dayKey: DayKey = localDayKey): number {
  const done = (d: Date) => (aggregates.days.get(dayKey(d))?.sessions ?? 0) > 0;
  const cursor = new Date(today);
  if (!done(cursor)) cursor.setDate(cursor.getDate() - 1);
  let count = 0;
  while (done(cursor)) {
    count++;
    cursor.setDate(cursor.getDate() - 1);
  }
  return count;
}

export function totals(aggregates: HistoryAggregates): HistoryTotals {
  const t = aggregates.totals;
  return {
    sessions: t.sessions,
    minutesStretched: carriedRound(0, [t.secondsStretched], 60)[0]!,
    walks: t.walks,
    walkMiles: carriedRound(0, [t.walkMicromiles], TENTH_MILE)[0]! / 10,
    hurtStops: t.hurtStops,
  };
}

/** Average pain change (after − before) across the days shown; negative is better. */
export function painChange(series: readonly DaySummary[]): number | null {
  const pairs = series.filter((d) => d.painBefore !== null && d.painAfter !== null);
  if (pairs.length === 0) return null;
  return Math.round((pairs.reduce((a, d) => a + (d.painAfter! - d.painBefore!), 0) / pairs.length) * 10) / 10;
}

/** How many days the sitting trend compares: the last fortnight against the one before it. */
export const SITTING_TREND_DAYS = 14;

export interface SittingTrend {
  /** Minutes sat per day for the last 14 days, oldest first (0 where nothing was recorded). */
  recent: number[];
  /** Average minutes per day with sitting recorded, last 14 days; null when none was. */
  recentAverage: number | null;
  /** The same for the 14 days before those. */
  previousAverage: number | null;
}

/**
 * Sitting over the last fortnight against the one before, whatever range the screen shows. Days
 * with nothing recorded (a weekend, a day the app was off) are left out of the averages so they
 * do not pass for days of little sitting.
 */
export function sittingTrend(aggregates: HistoryAggregates, today: Date, dayKey: DayKey = localDayKey): SittingTrend {
  const days = daysBack(today, SITTING_TREND_DAYS * 2, dayKey).map((key) => aggregates.days.get(key)?.sittingMinutes ?? 0);
  const averageOfSatDays = (minutes: number[]) => {
    const sat = minutes.filter((m) => m > 0);
    return sat.length ? Math.round(sat.reduce((a, m) => a + m, 0) / sat.length) : null;
  };
  const recent = days.slice(SITTING_TREND_DAYS);
  return { recent, recentAverage: averageOfSatDays(recent), previousAverage: averageOfSatDays(days.slice(0, SITTING_TREND_DAYS)) };
}
