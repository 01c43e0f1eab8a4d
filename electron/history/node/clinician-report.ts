import { localDayKey, MICROMILES_PER_MILE, type DayKey, type DayTotals, type HistoryAggregates } from '../common/aggregates';
import type { HistoryRecord } from '../common/records';
import { TREND_WEEKS, weeklyTrend, type SiteChange, type WeekFigures } from '../common/weekly';
import type { Screening } from '../../safety/common/offer';

/** The summary covers at least six weeks (enough to see a direction) and at most the trend's twelve. */
export const REPORT_MIN_WEEKS = 6;

export interface ReportWeek extends WeekFigures {
  /** Completed sessions. */
  sessions: number;
  /** Sessions stopped with "This hurt". */
  hurtStops: number;
  /** Miles walked, to one decimal. */
  walkMiles: number;
  /** Average minutes sat on the days with sitting recorded, whole minutes; null when none was. */
  sittingAverage: number | null;
  /** The longest sitting bout, whole minutes (0: none recorded). */
  longestSitting: number;
}

export interface ClinicianReport {
  /** The day it was made, 'YYYY-MM-DD'. */
  madeOn: string;
  weeks: ReportWeek[];
  leg: SiteChange | null;
  back: SiteChange | null;
  /** Whether any week in the report holds one-number ratings from before pain was split. */
  hasUnsplit: boolean;
  /** Exercises left out after "This hurt", with the day they were left out. */
  leftOut: { exerciseId: string; since: string }[];
  /** Exercises a session was stopped on with "This hurt" in the report's weeks, most often first. */
  hurt: { exerciseId: string; times: number }[];
  screening: Screening | null;
}

/** Completed sessions and "This hurt" stops by day, and the exercises the stops came on. */
export interface SessionTally {
  hurtByDay: Map<string, number>;
  hurtExercises: Map<string, number>;
}

/**
 * The exercise "This hurt" stopped: the last one held at all (the player records the one cut short
 * with the seconds it got), else the first of the session.
 */
export function stoppedOn(steps: readonly { exerciseId: string; secondsHeld: number }[]): string | null {
  const held = steps.filter((s) => s.secondsHeld > 0);
  return (held[held.length - 1] ?? steps[0])?.exerciseId ?? null;
}

/** Reads the records once for what the per-day aggregates do not keep: which exercise hurt, and when. */
export async function tallySessions(records: AsyncIterable<HistoryRecord>, fromDay: string, dayKey: DayKey = localDayKey): Promise<SessionTally> {
  const tally: SessionTally = { hurtByDay: new Map(), hurtExercises: new Map() };
  for await (const r of records) {
    if (r.kind !== 'session' || r.endReason !== 'hurt') continue;
    const day = dayKey(new Date(r.at));
    if (day < fromDay) continue;
    tally.hurtByDay.set(day, (tally.hurtByDay.get(day) ?? 0) + 1);
    const id = stoppedOn(r.steps);
    if (id) tally.hurtExercises.set(id, (tally.hurtExercises.get(id) ?? 0) + 1);
  }
  return tally;
}

function daysOf(start: string, dayKey: DayKey): string[] {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return Array.from({ length: 7 }, (_, i) => dayKey(new Date(y, m - 1, d + i, 12)));
}

/** How many weeks to show: from the first week with anything recorded, at least six, at most twelve. */
export function reportWeeks(weeks: readonly WeekFigures[], aggregates: HistoryAggregates, dayKey: DayKey = localDayKey): number {
  const first = weeks.findIndex((w) => daysOf(w.start, dayKey).some((day) => aggregates.days.has(day)));
  const used = first === -1 ? 0 : weeks.length - first;
  return Math.min(TREND_WEEKS, Math.max(REPORT_MIN_WEEKS, used));
}

export function buildClinicianReport(
  aggregates: HistoryAggregates,
  today: Date,
  settings: { leftOutExercises: readonly { exerciseId: string; since: string }[]; screening: Screening | null },
  tally: SessionTally,
  dayKey: DayKey = localDayKey,
): ClinicianReport {
  const trend = weeklyTrend(aggregates, today, dayKey);
  const shown = trend.weeks.slice(-reportWeeks(trend.weeks, aggregates, dayKey));
  const weeks = shown.map((w): ReportWeek => {
    const keys = daysOf(w.start, dayKey);
    const days = keys.map((k) => aggregates.days.get(k)).filter((d): d is Readonly<DayTotals> => d !== undefined);
    const sat = days.filter((d) => d.sittingMinutes > 0);
    const micromiles = days.reduce((a, d) => a + d.walkMicromiles, 0);
    return {
      ...w,
      sessions: days.reduce((a, d) => a + d.sessions, 0),
      hurtStops: keys.reduce((a, k) => a + (tally.hurtByDay.get(k) ?? 0), 0),
      walkMiles: Math.round((micromiles / MICROMILES_PER_MILE) * 10) / 10,
      sittingAverage: sat.length ? Math.round(sat.reduce((a, d) => a + d.sittingMinutes, 0) / sat.length) : null,
      longestSitting: days.reduce((a, d) => Math.max(a, d.longestSittingMin), 0),
    };
  });
  return {
    madeOn: dayKey(today),
    weeks,
    // The report starts at or before the first week with anything recorded, so the change is the screen's.
    leg: trend.leg,
    back: trend.back,
    hasUnsplit: weeks.some((w) => w.unsplit !== null),
    leftOut: settings.leftOutExercises.map(({ exerciseId, since }) => ({ exerciseId, since })),
    hurt: [...tally.hurtExercises].map(([exerciseId, times]) => ({ exerciseId, times })).sort((a, b) => b.times - a.times || a.exerciseId.localeCompare(b.exerciseId)),
    screening: settings.screening,
  };
}
