import type { DaySummary } from '@electron/history/common/stats';
import { describe, expect, it } from 'vitest';
import { dayLabel, formatDuration, formatMiles, isBlankDay, painPair } from '../../../renderer/src/views/history/history-format';

const blank: DaySummary = {
  day: '2026-11-23',
  sessions: 0,
  minutesStretched: 0,
  postureChecks: 0,
  missedReminders: 0,
  walkMiles: 0,
  painBefore: null,
  painAfter: null,
  sittingMin: 0,
  longestSittingMin: 0,
};

describe('history formatting', () => {
  it('durations are whole minutes, hours past 60, never a decimal', () => {
    expect(formatDuration(0)).toBe('0m');
    expect(formatDuration(10.2)).toBe('10m');
    expect(formatDuration(60)).toBe('1h');
    expect(formatDuration(320)).toBe('5h 20m');
  });

  it('miles are tenths without floating-point tails', () => {
    expect(formatMiles(0.1 + 0.2)).toBe('0.3');
    expect(formatMiles(1)).toBe('1.0');
    expect(formatMiles(0)).toBe('0');
  });

  it('a week is labelled by weekday, longer ranges by date', () => {
    expect(dayLabel('2026-11-23', 'week')).toBe(new Date(2026, 10, 23, 12).toLocaleDateString(undefined, { weekday: 'short' }));
    expect(dayLabel('2026-11-23', 'month')).toBe(new Date(2026, 10, 23, 12).toLocaleDateString(undefined, { day: 'numeric', month: 'short' }));
  });

  it('pain shows before, after and the change', () => {
    expect(painPair({ painBefore: 7, painAfter: 4 })).toBe('7 → 4 (−3)');
    expect(painPair({ painBefore: 3, painAfter: 4.5 })).toBe('3 → 4.5 (+1.5)');
    expect(painPair({ painBefore: 5, painAfter: 5 })).toBe('5 → 5');
    expect(painPair({ painBefore: 5, painAfter: null })).toBe('5 → –');
    expect(painPair({ painBefore: null, painAfter: null })).toBe('–');
  });

  it('a day is blank only when nothing at all was recorded', () => {
    expect(isBlankDay(blank)).toBe(true);
    for (const change of [{ sittingMin: 30 }, { missedReminders: 1 }, { painAfter: 0 }, { walkMiles: 0.1 }, { postureChecks: 1 }]) {
      expect(isBlankDay({ ...blank, ...change })).toBe(false);
    }
  });
});
