import type { FunctionRecord, HistoryRecord, WalkRecord } from './records';

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

/**
 * Distances are summed as whole millionths of a mile: integer sums are exact in any order, so a
 * day-by-day running total and the all-time total can never disagree by a floating-point hair.
 */
export const MICROMILES_PER_MILE = 1_000_000;
const micromiles = (w: WalkRecord) => Math.round(walkMiles(w) * MICROMILES_PER_MILE);

/** One local day's exact figures (nothing rounded here: rounding happens once, for display). */
export interface DayTotals {
  /** Completed sessions. */
  sessions: number;
  secondsStretched: number;
  postureChecks: number;
  missedReminders: number;
  walkMinutes: number;
  walkMicromiles: number;
  painBefore: { sum: number; count: number };
  painAfter: { sum: number; count: number };
  /** Minutes of every sitting bout that started this day (a bout past midnight counts where it began). */
  sittingMinutes: number;
  longestSittingMin: number;
  /**
   * Every rating given before a session this day, by site ('unsplit': older one-number records).
   * The weekly trend takes medians of these; a few a day at most, so keeping them costs little.
   */
  ratingsBefore: { leg: number[]; back: number[]; unsplit: number[] };
  /** The day's last answer to the weekly function question, if any. */
  functionAnswer: Pick<FunctionRecord, 'sit' | 'walk' | 'at'> | null;
}

export interface AllTimeTotals {
  /** Completed sessions. */
  sessions: number;
  secondsStretched: number;
  walks: number;
  walkMicromiles: number;
  hurtStops: number;
  records: number;
}

/**
 * What every summary is computed from: one small entry per day with any activity plus all-time
 * totals. It grows by one entry a day, not by one per record, so five years of history costs a
 * few thousand entries and a summary costs the same after five years as after a week.
 */
export interface HistoryAggregates {
  readonly days: ReadonlyMap<string, Readonly<DayTotals>>;
  readonly totals: Readonly<AllTimeTotals>;
}

const emptyDay = (): DayTotals => ({
  sessions: 0,
  secondsStretched: 0,
  postureChecks: 0,
  missedReminders: 0,
  walkMinutes: 0,
  walkMicromiles: 0,
  painBefore: { sum: 0, count: 0 },
  painAfter: { sum: 0, count: 0 },
  sittingMinutes: 0,
  longestSittingMin: 0,
  ratingsBefore: { leg: [], back: [], unsplit: [] },
  functionAnswer: null,
});

/** Aggregates that the store feeds every record it reads or writes, in order. */
export class AggregateBuilder implements HistoryAggregates {
  private readonly byDay = new Map<string, DayTotals>();
  private readonly allTime: AllTimeTotals = { sessions: 0, secondsStretched: 0, walks: 0, walkMicromiles: 0, hurtStops: 0, records: 0 };

  constructor(private readonly dayKey: DayKey = localDayKey) {}

  get days(): ReadonlyMap<string, Readonly<DayTotals>> {
    return this.byDay;
  }
  get totals(): Readonly<AllTimeTotals> {
    return this.allTime;
  }

  add(r: HistoryRecord): void {
    // A sitting bout is written when it ends; it belongs to the day it started.
    const key = this.dayKey(new Date(r.kind === 'sitting' ? r.startedAt : r.at));
    let day = this.byDay.get(key);
    if (!day) this.byDay.set(key, (day = emptyDay()));
    this.allTime.records++;
    switch (r.kind) {
      case 'session': {
        const seconds = r.steps.reduce((a, s) => a + s.secondsHeld, 0);
        day.secondsStretched += seconds;
        this.allTime.secondsStretched += seconds;
        if (r.completed) {
          day.sessions++;
          this.allTime.sessions++;
        }
        if (r.endReason === 'hurt') this.allTime.hurtStops++;
        break;
      }
      case 'reminder':
        if (r.tier === 'posture' && r.action === 'taken') day.postureChecks++;
        if (r.action === 'missed') day.missedReminders++;
        break;
      case 'walk': {
        const distance = micromiles(r);
        day.walkMinutes += walkMinutes(r);
        day.walkMicromiles += distance;
        this.allTime.walks++;
        this.allTime.walkMicromiles += distance;
        break;
      }
      case 'pain': {
        const bucket = r.when === 'before' ? day.painBefore : day.painAfter;
        bucket.sum += r.rating;
        bucket.count++;
        if (r.when === 'before') day.ratingsBefore[r.site ?? 'unsplit'].push(r.rating);
        break;
      }
      case 'sitting':
        day.sittingMinutes += r.minutes;
        day.longestSittingMin = Math.max(day.longestSittingMin, r.minutes);
        break;
      case 'function':
        if (!day.functionAnswer || r.at >= day.functionAnswer.at) day.functionAnswer = { sit: r.sit, walk: r.walk, at: r.at };
        break;
    }
  }
}
