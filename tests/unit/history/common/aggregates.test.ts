import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDayKey } from '../../../../electron/history/common/aggregates';
import type { HistoryRecord, NewRecord } from '../../../../electron/history/common/records';
import { carriedRound, dailySeries, HISTORY_RANGES, sittingTrend, streak, totals, walkMiles } from '../../../../electron/history/common/stats';
import { openHistory } from '../../../../electron/history/node/history-store';
import { historyDir, readAll } from '../node/helpers';

const today = new Date('2026-11-24T15:00:00');
const now = () => today;

/**
 * The oracle: the summary computed the old way, by rescanning every record, with the same
 * display rounding. The store's aggregates must agree with it exactly.
 */
function rescan(records: readonly HistoryRecord[], count: number) {
  const days: string[] = [];
  for (let i = count - 1; i >= 0; i--) days.push(localDayKey(new Date(today.getFullYear(), today.getMonth(), today.getDate() - i, 12)));
  const seconds = (r: HistoryRecord) => (r.kind === 'session' ? r.steps.reduce((a, s) => a + s.secondsHeld, 0) : 0);
  const micro = (r: HistoryRecord) => (r.kind === 'walk' ? Math.round(walkMiles(r) * 1e6) : 0);
  const on = (day: string) => records.filter((r) => localDayKey(new Date(r.at)) === day);
  const satOn = (day: string) => records.flatMap((r) => (r.kind === 'sitting' && localDayKey(new Date(r.startedAt)) === day ? [r.minutes] : []));
  const before = records.filter((r) => localDayKey(new Date(r.at)) < days[0]!);
  const minutes = carriedRound(before.reduce((a, r) => a + seconds(r), 0), days.map((d) => on(d).reduce((a, r) => a + seconds(r), 0)), 60);
  const tenths = carriedRound(before.reduce((a, r) => a + micro(r), 0), days.map((d) => on(d).reduce((a, r) => a + micro(r), 0)), 100_000);
  const avg = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);
  const pains = (rs: HistoryRecord[], when: 'before' | 'after') => rs.flatMap((r) => (r.kind === 'pain' && r.when === when ? [r.rating] : []));
  return days.map((day, i) => {
    const rs = on(day);
    return {
      day,
      sessions: rs.filter((r) => r.kind === 'session' && r.completed).length,
      minutesStretched: minutes[i],
      postureChecks: rs.filter((r) => r.kind === 'reminder' && r.tier === 'posture' && r.action === 'taken').length,
      missedReminders: rs.filter((r) => r.kind === 'reminder' && r.action === 'missed').length,
      walkMiles: tenths[i]! / 10,
      painBefore: avg(pains(rs, 'before')),
      painAfter: avg(pains(rs, 'after')),
      sittingMin: satOn(day).reduce((a, m) => a + m, 0),
      longestSittingMin: Math.max(0, ...satOn(day)),
    };
  });
}

const at = fc.integer({ min: 0, max: 120 * 24 * 60 }).map((minutesAgo) => new Date(today.getTime() - minutesAgo * 60_000).toISOString());
const newRecord: fc.Arbitrary<NewRecord> = fc.oneof(
  fc.record({
    kind: fc.constant('session' as const),
    at,
    routineId: fc.constant('quick-desk-stretch'),
    routineName: fc.constant('Quick desk stretch'),
    startedAt: at,
    endedAt: at,
    completed: fc.boolean(),
    endReason: fc.constantFrom('finished' as const, 'ended' as const, 'hurt' as const),
    steps: fc.array(fc.record({ exerciseId: fc.constant('shoulder-rolls'), sidesDone: fc.constantFrom(0 as const, 1 as const, 2 as const), secondsHeld: fc.integer({ min: 0, max: 300 }) }), { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('pain' as const), at, rating: fc.integer({ min: 0, max: 10 }), when: fc.constantFrom('before' as const, 'after' as const) }),
  fc.record({ kind: fc.constant('walk' as const), at, minutes: fc.integer({ min: 1, max: 120 }) }),
  fc.record({ kind: fc.constant('walk' as const), at, distance: fc.record({ value: fc.double({ min: 0.1, max: 10, noNaN: true }), unit: fc.constantFrom('mi' as const, 'km' as const) }) }),
  // A bout is written when it ends, up to 9 hours after it started, often on another day.
  fc.record({ kind: fc.constant('sitting' as const), at, minutes: fc.integer({ min: 1, max: 540 }) }).map((r) => ({
    ...r,
    startedAt: new Date(new Date(r.at).getTime() - r.minutes * 60_000).toISOString(),
  })),
  fc.record({ kind: fc.constant('reminder' as const), at, tier: fc.constantFrom('posture' as const, 'stretch' as const), action: fc.constantFrom('taken' as const, 'missed' as const, 'skipped' as const) }),
);

describe('history aggregates', () => {
  it('property: the summary from aggregates equals a full rescan, for every range, after appends and reopens', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(newRecord, { minLength: 1, maxLength: 8 }), { maxLength: 6 }), fc.boolean(), async (batches, reopen) => {
        const dir = await historyDir();
        let h = await openHistory(dir, now);
        for (const batch of batches) {
          await h.appendMany(batch);
          if (reopen) h = await openHistory(dir, now);
        }
        const records = await readAll(h);
        for (const count of Object.values(HISTORY_RANGES)) {
          expect(dailySeries(h.aggregates, today, count)).toEqual(rescan(records, count));
        }
        const sessions = records.filter((r) => r.kind === 'session');
        expect(totals(h.aggregates)).toEqual({
          sessions: sessions.filter((s) => s.completed).length,
          minutesStretched: Math.round(sessions.reduce((a, s) => a + s.steps.reduce((b, x) => b + x.secondsHeld, 0), 0) / 60),
          walks: records.filter((r) => r.kind === 'walk').length,
          walkMiles: Math.round(records.reduce((a, r) => a + (r.kind === 'walk' ? Math.round(walkMiles(r) * 1e6) : 0), 0) / 100_000) / 10,
          hurtStops: sessions.filter((s) => s.endReason === 'hurt').length,
        });
        const done = new Set(sessions.filter((s) => s.completed).map((s) => localDayKey(new Date(s.at))));
        let run = 0;
        const cursor = new Date(today);
        if (!done.has(localDayKey(cursor))) cursor.setDate(cursor.getDate() - 1);
        while (done.has(localDayKey(cursor))) {
          run++;
          cursor.setDate(cursor.getDate() - 1);
        }
        expect(streak(h.aggregates, today)).toBe(run);
        const sat = rescan(records, 28).map((d) => d.sittingMin);
        const avgSat = (ms: number[]) => (ms.some((m) => m > 0) ? Math.round(ms.reduce((a, m) => a + m, 0) / ms.filter((m) => m > 0).length) : null);
        expect(sittingTrend(h.aggregates, today)).toEqual({ recent: sat.slice(14), recentAverage: avgSat(sat.slice(14)), previousAverage: avgSat(sat.slice(0, 14)) });
      }),
      { numRuns: 60 },
    );
  });

  it('a sitting bout counts on the day it started, not the day it was written', async () => {
    const dir = await historyDir();
    const h = await openHistory(dir, now);
    await h.appendMany([
      { kind: 'sitting', startedAt: '2026-11-23T23:00:00', minutes: 90, at: '2026-11-24T00:30:00' },
      { kind: 'sitting', startedAt: '2026-11-24T09:00:00', minutes: 50, at: '2026-11-24T09:50:00' },
      { kind: 'sitting', startedAt: '2026-11-24T10:00:00', minutes: 70, at: '2026-11-24T11:10:00' },
    ].map((r) => ({ ...r, kind: 'sitting' as const, startedAt: new Date(r.startedAt).toISOString(), at: new Date(r.at).toISOString() })));
    const [yesterday, day] = dailySeries(h.aggregates, today, 2);
    expect(yesterday).toMatchObject({ sittingMin: 90, longestSittingMin: 90 });
    expect(day).toMatchObject({ sittingMin: 120, longestSittingMin: 70 });
  });

  it('the sitting trend leaves days without sitting out of its averages', async () => {
    const dir = await historyDir();
    const h = await openHistory(dir, now);
    const bout = (daysAgo: number, minutes: number) => {
      const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - daysAgo, 9);
      return { kind: 'sitting' as const, startedAt: start.toISOString(), minutes, at: new Date(start.getTime() + minutes * 60_000).toISOString() };
    };
    await h.appendMany([bout(0, 60), bout(2, 120), bout(20, 200)]);
    const trend = sittingTrend(h.aggregates, today);
    expect(trend.recent).toHaveLength(14);
    expect(trend.recent.at(-1)).toBe(60);
    expect(trend).toMatchObject({ recentAverage: 90, previousAverage: 200 });
    expect(sittingTrend(h.aggregates, new Date('2027-06-01T12:00:00'))).toMatchObject({ recentAverage: null, previousAverage: null });
  });

  it('memory stays flat: one aggregate per active day, however many records', async () => {
    const dir = await historyDir();
    const h = await openHistory(dir, now);
    const sameDay = Array.from({ length: 2_000 }, () => ({ kind: 'pain' as const, rating: 3, when: 'after' as const, at: '2026-11-24T09:00:00.000Z' }));
    await h.appendMany(sameDay);
    const again = await openHistory(dir, now);
    expect(again.aggregates.totals.records).toBe(2_000);
    expect(again.aggregates.days.size).toBe(1);
  });
});
