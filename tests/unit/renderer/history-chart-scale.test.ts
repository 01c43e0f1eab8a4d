import { describe, expect, it } from 'vitest';
import { labelledDays, minuteTicks } from '../../../renderer/src/views/history/chart-scale';

describe('the minutes axis', () => {
  it('starts at zero and ends at a round value at or above the busiest day, in at most 4 steps', () => {
    for (let busiest = 0; busiest <= 600; busiest++) {
      const ticks = minuteTicks(busiest);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(Math.max(5, busiest));
      expect(ticks.length - 1).toBeLessThanOrEqual(4);
      for (const t of ticks) expect(Number.isInteger(t)).toBe(true);
      const step = ticks[1]!;
      ticks.forEach((t, i) => expect(t).toBe(i * step));
    }
  });

  it('picks readable steps', () => {
    expect(minuteTicks(0)).toEqual([0, 2, 4, 6]);
    expect(minuteTicks(13)).toEqual([0, 5, 10, 15]);
    expect(minuteTicks(10.2)).toEqual([0, 5, 10, 15]);
    expect(minuteTicks(45)).toEqual([0, 15, 30, 45]);
  });
});

describe('day labels under the chart', () => {
  it('labels every day of a week, and thins a month or 3 months to a handful, always including today', () => {
    expect([...labelledDays(7)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const count of [30, 90]) {
      const labelled = labelledDays(count);
      expect(labelled.has(count - 1)).toBe(true);
      expect(labelled.size).toBeGreaterThanOrEqual(5);
      expect(labelled.size).toBeLessThanOrEqual(8);
    }
  });
});
