import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AggregateBuilder } from '../../../../electron/history/common/aggregates';
import type { HistoryRecord, SessionRecord } from '../../../../electron/history/common/records';
import { dailySeries as seriesOf, painChange, streak as streakOf, totals as totalsOf } from '../../../../electron/history/common/stats';
import { dailyGoal, DEFAULT_WALKING_PLAN, walkedToday as walkedOf } from '../../../../electron/history/common/walking';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const session = (at: string, completed = true): HistoryRecord => ({
  id: id(), v: 1, at, kind: 'session', routineId: 'quick-desk-stretch', routineName: 'Quick desk stretch',
  startedAt: at, endedAt: at, completed, endReason: completed ? 'finished' : 'ended',
  steps: [{ exerciseId: 'sit-tall-reset', sidesDone: 1, secondsHeld: 120 }],
});
const painAt = (at: string, rating: number, when: 'before' | 'after'): HistoryRecord => ({ id: id(), v: 1, at, kind: 'pain', rating, when });
const today = new Date('2026-11-24T15:00:00');
const aggregate = (records: readonly HistoryRecord[]) => {
  const builder = new AggregateBuilder();
  for (const r of records) builder.add(r);
  return builder;
};
const streak = (records: readonly HistoryRecord[], day: Date) => streakOf(aggregate(records), day);
const dailySeries = (records: readonly HistoryRecord[], day: Date, count: number) => seriesOf(aggregate(records), day, count);
const totals = (records: readonly HistoryRecord[]) => totalsOf(aggregate(records));
const walkedToday = (records: readonly HistoryRecord[], plan: Parameters<typeof walkedOf>[1], day: Date) => walkedOf(aggregate(records), plan, day);

describe('history stats', () => {
  it('counts a streak, with today counting once done and an empty today not breaking it', () => {
    const records = [session('2026-11-22T10:00:00'), session('2026-11-23T10:00:00')];
    expect(streak(records, today)).toBe(2);
    expect(streak([...records, session('2026-11-24T09:00:00')], today)).toBe(3);
    expect(streak([session('2026-11-21T10:00:00'), session('2026-11-23T10:00:00')], today)).toBe(1); // a missed day
    expect(streak([session('2026-11-23T10:00:00', false)], today)).toBe(0); // ended early does not count
  });

  it('sums days and the pain trend', () => {
    const records = [session('2026-11-24T09:00:00'), painAt('2026-11-24T09:00:00', 6, 'before'), painAt('2026-11-24T09:05:00', 4, 'after')];
    const days = dailySeries(records, today, 14);
    expect(days).toHaveLength(14);
    expect(days.at(-1)).toMatchObject({ sessions: 1, minutesStretched: 2, painBefore: 6, painAfter: 4 });
    expect(painChange(days)).toBe(-2);
    expect(totals(records)).toMatchObject({ sessions: 1, minutesStretched: 2 });
  });
});

describe('walking goal', () => {
  const plan = DEFAULT_WALKING_PLAN('2026-09-01');
  it('ramps gently each week and never past the target', () => {
    expect(dailyGoal(plan, new Date('2026-09-03T12:00:00'))).toBe(0.5);
    expect(dailyGoal(plan, new Date('2026-09-09T12:00:00'))).toBe(0.75);
    const goals = [...Array(60).keys()].map((w) => dailyGoal(plan, new Date(Date.parse('2026-09-01T12:00:00') + w * 7 * 86_400_000)));
    expect(Math.max(...goals)).toBe(3);
    expect(goals.every((g, i) => i === 0 || g >= goals[i - 1]!)).toBe(true);
  });
  it('does not ramp during weeks spent in a flare-up', () => {
    const later = new Date('2026-10-01T12:00:00');
    expect(dailyGoal(plan, later, 4)).toBe(0.5);
  });
  it('converts km and minutes to the plan unit', () => {
    const walks: HistoryRecord[] = [
      { id: id(), v: 1, at: '2026-11-24T08:00:00.000Z', kind: 'walk', distance: { value: 1.609344, unit: 'km' } },
      { id: id(), v: 1, at: '2026-11-24T09:00:00.000Z', kind: 'walk', minutes: 20 },
    ];
    expect(walkedToday(walks, plan, new Date('2026-11-24T12:00:00Z'))).toBe(2);
    expect(walkedToday(walks, { ...plan, unit: 'min' }, new Date('2026-11-24T12:00:00Z'))).toBe(40);
  });
});

describe('one rounding rule for minutes and miles', () => {
  const held = (at: string, seconds: number): HistoryRecord => ({ ...(session(at) as SessionRecord), steps: [{ exerciseId: 'sit-tall-reset', sidesDone: 1, secondsHeld: seconds }] });
  const walkOf = (at: string, minutes: number): HistoryRecord => ({ id: id(), v: 1, at, kind: 'walk', minutes });

  it('a few seconds stretched: the total and the day both say 0 whole minutes', () => {
    const records = [held('2026-11-24T09:00:00', 6)];
    expect(dailySeries(records, today, 7).at(-1)!.minutesStretched).toBe(0);
    expect(totals(records).minutesStretched).toBe(0);
  });

  it('leftover seconds carry into the next day, so the days add up to the total', () => {
    const records = [held('2026-11-22T09:00:00', 20), held('2026-11-23T09:00:00', 20), held('2026-11-24T09:00:00', 20)];
    expect(dailySeries(records, today, 3).map((d) => d.minutesStretched)).toEqual([0, 1, 0]);
    expect(totals(records).minutesStretched).toBe(1);
  });

  it('the week table sums to the totals beside it, for any history within the week', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 90 })), { maxLength: 30 }),
        (entries) => {
          const records = entries.flatMap(([daysAgo, seconds, minutes]) => {
            const at = new Date(today.getTime() - daysAgo * 86_400_000).toISOString();
            return [held(at, seconds), walkOf(at, minutes)];
          });
          const week = dailySeries(records, today, 7);
          const t = totals(records);
          expect(week.reduce((a, d) => a + d.minutesStretched, 0)).toBe(t.minutesStretched);
          expect(Math.round(week.reduce((a, d) => a + d.walkMiles, 0) * 10) / 10).toBe(t.walkMiles);
          for (const d of week) expect(Number.isInteger(d.minutesStretched)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the chart pain before and after, missed reminders and miles per day', () => {
    const records: HistoryRecord[] = [
      painAt('2026-11-24T09:00:00', 6, 'before'),
      painAt('2026-11-24T09:10:00', 3, 'after'),
      painAt('2026-11-24T15:00:00', 5, 'after'),
      { id: id(), v: 1, at: '2026-11-24T11:00:00', kind: 'reminder', tier: 'stretch', action: 'missed' },
      { id: id(), v: 1, at: '2026-11-24T12:00:00', kind: 'reminder', tier: 'posture', action: 'missed' },
      { id: id(), v: 1, at: '2026-11-24T13:00:00', kind: 'reminder', tier: 'stretch', action: 'taken' },
      walkOf('2026-11-24T08:00:00', 30),
      { id: id(), v: 1, at: '2026-11-24T08:30:00', kind: 'walk', distance: { value: 1.609344, unit: 'km' } },
    ];
    expect(dailySeries(records, today, 1)[0]).toMatchObject({ painBefore: 6, painAfter: 4, missedReminders: 2, walkMiles: 2.5 });
  });
});
