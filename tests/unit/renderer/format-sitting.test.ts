import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import de from '../../../electron/i18n/common/generated/de.js';
import en from '../../../electron/i18n/common/generated/en.js';
import { activateCatalog } from '../../../electron/i18n/common/translate';
import { formatSitting as rawFormatSitting, msUntilSittingChanges } from '../../../renderer/src/format-sitting';

// Intl puts no-break spaces between number and unit in some languages; compare with plain spaces.
const formatSitting = (ms: number) => rawFormatSitting(ms).replace(/[\u00a0\u202f]/g, ' ');

const min = 60_000;

describe('the sitting time on the home card', () => {
  it('reads in whole minutes, counting only minutes that are complete', () => {
    expect(formatSitting(0)).toBe('Sitting for less than a minute');
    expect(formatSitting(min - 1)).toBe('Sitting for less than a minute');
    expect(formatSitting(min)).toBe('Sitting for 1 min');
    expect(formatSitting(38 * min + 59_999)).toBe('Sitting for 38 min');
    expect(formatSitting(65 * min)).toBe('Sitting for 1 hr, 5 min');
    // A start a hair in the future (two clocks read a moment apart) is not negative time.
    expect(formatSitting(-500)).toBe('Sitting for less than a minute');
  });

  it('is said in the active language', () => {
    activateCatalog('de', de);
    try {
      expect(formatSitting(38 * min)).toBe('Sitzt seit 38 Min.');
      expect(formatSitting(0)).toBe('Sitzt seit weniger als einer Minute');
    } finally {
      activateCatalog('en', en);
    }
  });

  it('wakes once a minute, on the minute of sitting', () => {
    expect(msUntilSittingChanges(0)).toBe(min);
    expect(msUntilSittingChanges(38 * min + 20_000)).toBe(40_000);
    expect(msUntilSittingChanges(-500)).toBe(500);
  });

  it('the text holds until exactly that moment, then changes (any time, up to a day)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400_000 }), (ms) => {
        const wait = msUntilSittingChanges(ms);
        expect(wait).toBeGreaterThanOrEqual(1);
        expect(formatSitting(ms + wait - 1)).toBe(formatSitting(ms));
        expect(formatSitting(ms + wait)).not.toBe(formatSitting(ms));
      }),
      { numRuns: 5_000 },
    );
  });
});
