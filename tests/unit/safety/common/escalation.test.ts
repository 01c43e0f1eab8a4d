import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../../../electron/history/common/records';
import { escalation, hurtExerciseId } from '../../../../electron/safety/common/escalation';
import { FakeDesk } from '../../../support/fake-desk';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

const session = (daysAgo: number, endReason: 'finished' | 'hurt' = 'finished'): HistoryRecord => ({
  id: randomUUID(),
  v: 1,
  at: ago(daysAgo),
  kind: 'session',
  routineId: 'quick-desk-stretch',
  routineName: 'Quick desk stretch',
  startedAt: ago(daysAgo),
  endedAt: ago(daysAgo),
  completed: endReason === 'finished',
  endReason,
  steps: [{ exerciseId: 'hamstring-seated', sidesDone: 1, secondsHeld: 20 }],
});
const pain = (daysAgo: number, rating: number, when: 'before' | 'after' = 'before'): HistoryRecord => ({
  id: randomUUID(),
  v: 1,
  at: ago(daysAgo),
  kind: 'pain',
  when,
  rating,
});
/** Sessions with a rating before each, oldest first, as the store streams them. */
const rated = (entries: Array<[daysAgo: number, rating: number]>) => entries.flatMap(([d, r]) => [pain(d, r), session(d)]);

describe('escalation from the app’s own records', () => {
  it('says nothing for an ordinary, improving history', () => {
    expect(escalation(rated([[50, 6], [40, 5], [30, 5], [20, 4], [10, 3], [3, 3], [1, 2]]), NOW)).toBeNull();
  });

  it('"This hurt" twice in a week', () => {
    expect(escalation([session(6, 'hurt'), session(1, 'hurt')], NOW)?.noticed).toEqual(['You pressed “This hurt” twice in the past week.']);
    // Once, or twice but a week apart: not yet.
    expect(escalation([session(1, 'hurt')], NOW)).toBeNull();
    expect(escalation([session(9, 'hurt'), session(1, 'hurt')], NOW)).toBeNull();
  });

  it('pain rising over three sessions, recently', () => {
    expect(escalation(rated([[5, 3], [3, 4], [1, 6]]), NOW)?.noticed[0]).toMatch(/risen three sessions in a row \(3, 4, 6\)/);
    expect(escalation(rated([[5, 3], [3, 4], [1, 4]]), NOW)).toBeNull(); // level, not rising
    expect(escalation(rated([[5, 3], [3, 5], [2, 4], [1, 6]]), NOW)).toBeNull(); // not three in a row
    expect(escalation(rated([[40, 3], [35, 4], [30, 6]]), NOW)).toBeNull(); // long ago
  });

  it('no improvement after six weeks', () => {
    expect(escalation(rated([[45, 5], [44, 5], [20, 6], [3, 5], [1, 5]]), NOW)?.noticed).toEqual(['Your pain has not eased in six weeks or more.']);
    expect(escalation(rated([[30, 5], [3, 5], [1, 5]]), NOW)).toBeNull(); // not six weeks yet
    expect(escalation(rated([[45, 6], [3, 4], [1, 4]]), NOW)).toBeNull(); // eased
  });

  it('ignores ratings after a session and records from the future', () => {
    expect(escalation([pain(5, 3, 'after'), pain(3, 5, 'after'), pain(1, 7, 'after')], NOW)).toBeNull();
    expect(escalation([session(-2, 'hurt'), session(1, 'hurt')], NOW)).toBeNull();
  });
});

describe('the exercise "This hurt" stopped', () => {
  it('is the last one with time held, or the first when none was', () => {
    const step = (exerciseId: string, secondsHeld: number) => ({ exerciseId, sidesDone: 0 as const, secondsHeld });
    expect(hurtExerciseId([step('a', 30), step('b', 12), step('c', 0)])).toBe('b');
    expect(hurtExerciseId([step('a', 0), step('b', 0)])).toBe('a');
    expect(hurtExerciseId([])).toBeNull();
  });
});

describe('history:escalation in the running app', () => {
  it('answers from the stored history, and again after a new record', async () => {
    const desk = await FakeDesk.create();
    const hurt = async () => {
      const at = new Date(desk.wall).toISOString();
      await desk.call('session:record', [
        { routineId: 'quick-desk-stretch', routineName: 'Quick desk stretch', startedAt: at, endedAt: at, completed: false, endReason: 'hurt', steps: [] },
      ]);
    };
    expect(await desk.call('history:escalation', [])).toBeNull();
    await hurt();
    expect(await desk.call('history:escalation', [])).toBeNull();
    await hurt();
    expect(await desk.call('history:escalation', [])).toEqual({ noticed: ['You pressed “This hurt” twice in the past week.'] });
    // A week later the same history says nothing: the answer is for now, not for when it was read.
    await desk.sleep(8 * DAY);
    expect(await desk.call('history:escalation', [])).toBeNull();
    desk.dispose();
  });
});
