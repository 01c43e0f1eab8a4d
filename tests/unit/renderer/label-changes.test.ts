import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRemaining, msUntilLabelChanges } from '../../../renderer/src/format-remaining';

describe('when the countdown text next changes', () => {
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
