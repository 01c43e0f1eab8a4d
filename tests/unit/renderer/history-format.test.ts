import type { DaySummary } from '@electron/history/common/stats';
import { describe, expect, it } from 'vitest';
import { activateCatalog } from '@electron/i18n/common/translate';
import de from '@electron/i18n/common/generated/de.js';
import en from '@electron/i18n/common/generated/en.js';
import { dayLabel, formatWalked, isBlankDay, painPair } from '../../../renderer/src/views/history/history-format';

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
  it('walks are tenths without floating-point tails, in the unit asked for', () => {
    expect(formatWalked(0.1 + 0.2, 'mi')).toBe('0.3');
    expect(formatWalked(1, 'mi')).toBe('1');
    expect(formatWalked(0, 'mi')).toBe('0');
    expect(formatWalked(1, 'km')).toBe('1.6');
    expect(formatWalked(3, 'km')).toBe('4.8');
  });

  it('days, numbers and decimal marks follow the language', () => {
    activateCatalog('de', de, 'DE');
    try {
      expect(dayLabel('2026-11-23', 'week')).toBe('Mo');
      expect(dayLabel('2026-11-23', 'month')).toBe('23. Nov.');
      expect(formatWalked(1, 'km')).toBe('1,6');
      expect(painPair({ painBefore: 3, painAfter: 4.5 })).toBe('3 → 4,5 (+1,5)');
    } finally {
      activateCatalog('en', en);
    }
  });

  it('a week is labelled by weekday, longer ranges by date', () => {
    expect(dayLabel('2026-11-23', 'week')).toBe(new Date(2026, 10, 23, 12).toLocaleDateString('en', { weekday: 'short' }));
    expect(dayLabel('2026-11-23', 'month')).toBe(new Date(2026, 10, 23, 12).toLocaleDateString('en', { day: 'numeric', month: 'short' }));
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
