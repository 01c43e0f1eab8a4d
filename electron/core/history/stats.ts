import type { HistoryRecord, SessionRecord, WalkRecord } from './records';

/** Local calendar day of an instant, 'YYYY-MM-DD'. Injectable so tests pin the time zone. */
export type DayKey = (date: Date) => string;
export const localDayKey: DayKey = (d) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const MILES_TO_KM = 1.609344;
/** A brisk pace: 20 minutes a mile, used only to turn minutes into distance and back. */
export const BRISK_MIN_PER_MILE = 20;

export const toKm = (value: number, unit: 'mi' | 'km') => (unit === 'km' ? value : value * MILES_TO_KM);
export const toMiles = (value: number, unit: 'mi' | 'km') => (unit === 'mi' ? value : value / MILES_TO_KM);

export function walkMinutes(w: WalkRecord): number {
  return w.minutes ?? (w.distance ? toMiles(w.distance.value, w.distance.unit) * BRISK_MIN_PER_MILE : 0);
}
export function walkMiles(w: WalkRecord): number {
  return w.distance ? toMiles(w.distance.value, w.distance.unit) : (w.minutes ?? 0) / BRISK_MIN_PER_MILE;
}

const isSession = (r: HistoryRecord): r is SessionRecord => r.kind === 'session';
const isWalk = (r: HistoryRecord): r is WalkRecord => r.kind === 'walk';

export interface DaySummary {
  day: string;
  sessions: number;
  minutesStretched: number;
  postureChecks: number;
  walkMinutes: number;
  walkMiles: number;
  painBefore: number | null;
  painAfter: number | null;
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

const avg = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);

/** Per-day figures for the last `count` days, oldest first (the chart and this week at a glance). */
export function dailySeries(records: readonly HistoryRecord[], today: Date, count = 14, dayKey: DayKey = localDayKey): DaySummary[] {
  const days = daysBack(today, count, dayKey);
  const byDay = new Map(days.map((day) => [day, { day, sessions: 0, minutesStretched: 0, postureChecks: 0, walkMinutes: 0, walkMiles: 0, before: [] as number[], after: [] as number[] }]));
  for (const r of records) {
    const entry = byDay.get(dayKey(new Date(r.at)));
    if (!entry) continue;
    if (isSession(r)) {
      if (r.completed) entry.sessions++;
      entry.minutesStretched += r.steps.reduce((a, s) => a + s.secondsHeld, 0) / 60;
    } else if (r.kind === 'reminder' && r.tier === 'posture' && r.action === 'taken') entry.postureChecks++;
    else if (isWalk(r)) {
      entry.walkMinutes += walkMinutes(r);
      entry.walkMiles += walkMiles(r);
    } else if (r.kind === 'pain') (r.when === 'before' ? entry.before : entry.after).push(r.rating);
  }
  return days.map((day) => {
    const e = byDay.get(day)!;
    return {
      day,
      sessions: e.sessions,
      minutesStretched: Math.round(e.minutesStretched * 10) / 10,
      postureChecks: e.postureChecks,
      walkMinutes: Math.round(e.walkMinutes),
      walkMiles: Math.round(e.walkMiles * 100) / 100,
      painBefore: avg(e.before),
      painAfter: avg(e.after),
    };
  });
}

/** Consecutive days with a completed session. Today counts once done; an empty today does not break the run. */
export function streak(records: readonly HistoryRecord[], today: Date, dayKey: DayKey = localDayKey): number {
  const done = new Set(records.filter((r) => isSession(r) && r.completed).map((r) => dayKey(new Date(r.at))));
  const cursor = new Date(today);
  if (!done.has(dayKey(cursor))) cursor.setDate(cursor.getDate() - 1);
  let count = 0;
  while (done.has(dayKey(cursor))) {
    count++;
    cursor.setDate(cursor.getDate() - 1);
  }
  return count;
}

export function totals(records: readonly HistoryRecord[]) {
  const sessions = records.filter(isSession);
  return {
    sessions: sessions.filter((s) => s.completed).length,
    minutesStretched: Math.round(sessions.reduce((a, s) => a + s.steps.reduce((b, x) => b + x.secondsHeld, 0), 0) / 60),
    walks: records.filter(isWalk).length,
    walkMiles: Math.round(records.filter(isWalk).reduce((a, w) => a + walkMiles(w), 0) * 10) / 10,
    hurtStops: sessions.filter((s) => s.endReason === 'hurt').length,
  };
}

/** Average pain change (after − before) across the last days' sessions; negative is better. */
export function painChange(series: readonly DaySummary[]): number | null {
  const pairs = series.filter((d) => d.painBefore !== null && d.painAfter !== null);
  if (pairs.length === 0) return null;
  return Math.round((pairs.reduce((a, d) => a + (d.painAfter! - d.painBefore!), 0) / pairs.length) * 10) / 10;
}
