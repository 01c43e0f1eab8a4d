import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRemaining, msUntilLabelChanges } from '../../../renderer/src/remaining-label';

describe('the countdown label and when it next changes', () => {
  it('reads calmly far away and exactly up close', () => {
    expect(formatRemaining(45 * 60_000)).toBe('45 min');
    expect(formatRemaining(22 * 60_000 + 1)).toBe('23 min');
    expect(formatRemaining(600_000)).toBe('10 min');
    expect(formatRemaining(599_000)).toBe('9 min 59 s');
    expect(formatRemaining(65_000)).toBe('1 min 05 s');
    expect(formatRemaining(4_200)).toBe('5 s');
    expect(formatRemaining(0)).toBe('0 s');
  });

  it('wakes once a minute while minutes are shown, once a second when seconds are', () => {
    expect(msUntilLabelChanges(45 * 60_000)).toBe(60_000);
    expect(msUntilLabelChanges(22 * 60_000 + 1)).toBe(1);
    expect(msUntilLabelChanges(30 * 60_000 + 12_345)).toBe(12_345);
    expect(msUntilLabelChanges(600_000)).toBe(1000);
    expect(msUntilLabelChanges(5_250)).toBe(250);
  });

  it('the label holds until exactly that moment, then changes (any time left, up to a day)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 86_400_000 }), (ms) => {
        const wait = msUntilLabelChanges(ms);
        expect(wait).toBeGreaterThanOrEqual(1);
        expect(formatRemaining(ms - wait + 1)).toBe(formatRemaining(ms));
        expect(formatRemaining(ms - wait)).not.toBe(formatRemaining(ms));
      }),
      { numRuns: 5_000 },
    );
  });
});
