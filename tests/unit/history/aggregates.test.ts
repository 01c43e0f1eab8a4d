import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDayKey } from '../../../electron/core/history/aggregates';
import type { HistoryRecord, NewRecord } from '../../../electron/core/history/records';
import { carriedRound, dailySeries, HISTORY_RANGES, streak, totals, walkMiles, walkMinutes } from '../../../electron/core/history/stats';
import { openHistory } from '../../../electron/core/history/store';
import { historyDir, readAll } from './helpers';

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
      walkMinutes: Math.round(rs.reduce((a, r) => a + (r.kind === 'walk' ? walkMinutes(r) : 0), 0)),
      painBefore: avg(pains(rs, 'before')),
      painAfter: avg(pains(rs, 'after')),
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
      }),
      { numRuns: 60 },
    );
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
