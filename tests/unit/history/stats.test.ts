import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../../electron/core/history/records';
import { dailySeries, painChange, streak, totals } from '../../../electron/core/history/stats';
import { dailyGoal, DEFAULT_WALKING_PLAN, walkedToday } from '../../../electron/core/history/walking';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const session = (at: string, completed = true): HistoryRecord => ({
  id: id(), v: 1, at, kind: 'session', routineId: 'quick-desk-stretch', routineName: 'Quick desk stretch',
  startedAt: at, endedAt: at, completed, endReason: completed ? 'finished' : 'ended',
  steps: [{ exerciseId: 'sit-tall-reset', sidesDone: 1, secondsHeld: 120 }],
});
const painAt = (at: string, rating: number, when: 'before' | 'after'): HistoryRecord => ({ id: id(), v: 1, at, kind: 'pain', rating, when });
const today = new Date('2026-11-24T15:00:00');

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
