import { describe, expect, it } from 'vitest';
import { AggregateBuilder, localDayKey } from '../../../../electron/history/common/aggregates';
import type { HistoryRecord } from '../../../../electron/history/common/records';
import { isMeaningfulDrop, median, TREND_WEEKS, weeklyTrend } from '../../../../electron/history/common/weekly';

// Tuesday 24 November 2026, afternoon: week 11 (the last) runs Wed 18 – Tue 24 November.
const today = new Date(2026, 10, 24, 15);
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const dayAt = (daysAgo: number, hour = 9) => new Date(2026, 10, 24 - daysAgo, hour).toISOString();

function pain(daysAgo: number, rating: number, site?: 'leg' | 'back', when: 'before' | 'after' = 'before'): HistoryRecord {
  return { id: id(), v: 1, at: dayAt(daysAgo), kind: 'pain', rating, when, ...(site ? { site } : {}) };
}
const build = (records: HistoryRecord[]) => {
  const agg = new AggregateBuilder(localDayKey);
  for (const r of records) agg.add(r);
  return agg;
};
/** Days ago for a day in week `w` (0 = oldest, 11 = this week), `d` days into it (0–6). */
const inWeek = (w: number, d = 0) => (TREND_WEEKS - 1 - w) * 7 + 6 - d;

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 4])).toBe(4);
    expect(median([6, 3, 8, 5])).toBe(5.5);
    expect(median([2, 2, 9, 9, 9])).toBe(9);
  });
});

describe('the meaningful-change marker (a drop of ≥2 points or ≥30% of the baseline)', () => {
  it.each([
    // baseline, now, meaningful — worked by hand
    [8, 6, true], // 2 points (25%)
    [8, 6.5, false], // 1.5 points, 18.75%
    [3, 2, true], // 1 point but 33%
    [5, 3.5, true], // 1.5 points, exactly 30%
    [5, 4, false], // 1 point, 20%
    [10, 7.5, true], // 2.5 points (25%)
    [10, 8.5, false], // 1.5 points, 15%
    [6, 6, false],
    [4, 6, false], // a rise is never a drop
    [0, 0, false], // nothing to drop from
    [1, 0, true], // 100%
  ])('from %d to %d: %s', (baseline, now, meaningful) => {
    expect(isMeaningfulDrop(baseline, now)).toBe(meaningful);
  });
});

describe('weeklyTrend', () => {
  it('twelve seven-day weeks ending today, oldest first', () => {
    const trend = weeklyTrend(build([]), today);
    expect(trend.weeks).toHaveLength(12);
    expect(trend.weeks[11]!.start).toBe('2026-11-18');
    expect(trend.weeks[0]!.start).toBe('2026-09-02');
    expect(trend.leg).toBeNull();
    expect(trend.back).toBeNull();
    expect(trend.functionDue).toBe(true);
  });

  it('weekly medians of the before-session ratings by site, with the drop marked against the first rated week', () => {
    const records = [
      // Week 1: leg 7, 6, 8 → 7; back 4, 5 → 4.5. After-session ratings do not count.
      pain(inWeek(1, 0), 7, 'leg'),
      pain(inWeek(1, 2), 6, 'leg'),
      pain(inWeek(1, 4), 8, 'leg'),
      pain(inWeek(1, 4), 2, 'leg', 'after'),
      pain(inWeek(1, 1), 4, 'back'),
      pain(inWeek(1, 3), 5, 'back'),
      // Week 4: leg 6, 5 → 5.5 (1.5 points, 21%: not meaningful); back 3 (1.5 points, 33%: meaningful).
      pain(inWeek(4, 0), 6, 'leg'),
      pain(inWeek(4, 1), 5, 'leg'),
      pain(inWeek(4, 1), 3, 'back'),
      // Week 10: leg 5, 4, 5 → 5 (2 points: meaningful); no back rating.
      pain(inWeek(10, 0), 5, 'leg'),
      pain(inWeek(10, 5), 4, 'leg'),
      pain(inWeek(10, 6), 5, 'leg'),
      // An older one-number rating, week 0: "pain (not split)", never mixed into leg or back.
      pain(inWeek(0, 3), 9),
    ];
    const trend = weeklyTrend(build(records), today);
    const pick = (i: number) => {
      const w = trend.weeks[i]!;
      return [w.leg, w.back, w.unsplit, w.legDrop, w.backDrop];
    };
    expect(pick(0)).toEqual([null, null, 9, false, false]);
    expect(pick(1)).toEqual([7, 4.5, null, false, false]);
    expect(pick(4)).toEqual([5.5, 3, null, false, true]);
    expect(pick(10)).toEqual([5, null, null, true, false]);
    expect(trend.weeks[1]!.counts).toEqual({ leg: 3, back: 2, unsplit: 0 });
    expect(trend.leg).toEqual({ from: 7, to: 5, fromWeek: trend.weeks[1]!.start, toWeek: trend.weeks[10]!.start, meaningful: true });
    expect(trend.back).toEqual({ from: 4.5, to: 3, fromWeek: trend.weeks[1]!.start, toWeek: trend.weeks[4]!.start, meaningful: true });
    expect(trend.hasSplit).toBe(true);
    expect(trend.hasUnsplit).toBe(true);
  });

  it('one rated week is too little for a trend', () => {
    const trend = weeklyTrend(build([pain(inWeek(11, 0), 6, 'leg'), pain(inWeek(11, 2), 5, 'leg'), pain(inWeek(11, 1), 3, 'back')]), today);
    expect(trend.weeks[11]!.leg).toBe(5.5);
    expect(trend.leg).toBeNull();
    expect(trend.back).toBeNull();
  });

  it('ratings older than twelve weeks are outside the trend', () => {
    const trend = weeklyTrend(build([pain(inWeek(0, 0) + 1, 8, 'leg'), pain(inWeek(0, 0), 6, 'leg')]), today);
    expect(trend.weeks[0]!.leg).toBe(6);
  });

  it('the function answer of a week is its last one; it is due again once none falls in the last seven days', () => {
    const answer = (daysAgo: number, sit: 'lt10' | '10-30', hour = 9): HistoryRecord => ({ id: id(), v: 1, at: dayAt(daysAgo, hour), kind: 'function', sit, walk: '5-15' });
    const recent = weeklyTrend(build([answer(2, '10-30', 18), answer(2, 'lt10', 8), answer(9, 'lt10')]), today);
    expect(recent.weeks[11]!.function).toEqual({ sit: '10-30', walk: '5-15' });
    expect(recent.weeks[10]!.function).toEqual({ sit: 'lt10', walk: '5-15' });
    expect(recent.functionDue).toBe(false);
    expect(weeklyTrend(build([answer(7, 'lt10')]), today).functionDue).toBe(true);
  });
});
