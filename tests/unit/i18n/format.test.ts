import { afterEach, describe, expect, it } from 'vitest';
import de from '../../../electron/i18n/common/generated/de.js';
import en from '../../../electron/i18n/common/generated/en.js';
import es from '../../../electron/i18n/common/generated/es.js';
import fr from '../../../electron/i18n/common/generated/fr.js';
import {
  distanceUnitForRegion,
  formatDistance,
  formatDuration,
  formatList,
  formatMinutes,
  formatMinutesSeconds,
  formatTime,
} from '../../../electron/i18n/common/format';
import { activateCatalog } from '../../../electron/i18n/common/translate';

// Intl output uses narrow no-break spaces in places; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatters follow the active language', () => {
  afterEach(() => activateCatalog('en', en));

  it('durations: seconds to 5 s under 90 s, whole minutes below an hour, hours and minutes above', () => {
    activateCatalog('en', en);
    expect(plain(formatDuration(42))).toBe('40 sec');
    expect(plain(formatDuration(150))).toBe('3 min');
    expect(plain(formatMinutes(65))).toBe('1 hr, 5 min');
    expect(plain(formatMinutes(120))).toBe('2 hr');
    expect(plain(formatMinutesSeconds(245))).toBe('4 min, 5 sec');
    activateCatalog('de', de);
    expect(plain(formatDuration(150))).toBe('3 Min.');
    expect(plain(formatMinutes(65))).toBe('1 Std., 5 Min.');
    activateCatalog('fr', fr);
    expect(plain(formatMinutes(65))).toBe('1 h et 5 min');
    activateCatalog('es', es);
    expect(plain(formatDuration(150, 'long'))).toBe('3 minutos');
  });

  it('distances in tenths with the decimal sign of the language', () => {
    activateCatalog('en', en);
    expect(plain(formatDistance(1.2000000000000002, 'mi'))).toBe('1.2 mi');
    activateCatalog('de', de);
    expect(plain(formatDistance(1.55, 'km'))).toBe('1,6 km');
  });

  it('miles only where people read miles', () => {
    expect(distanceUnitForRegion('US')).toBe('mi');
    expect(distanceUnitForRegion('gb')).toBe('mi');
    expect(distanceUnitForRegion('DE')).toBe('km');
    expect(distanceUnitForRegion(undefined)).toBe('km');
  });

  it('clock times and lists in the language\'s own form', () => {
    const at = new Date(2026, 11, 7, 14, 5);
    activateCatalog('de', de);
    expect(formatTime(at)).toBe('14:05');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b und c');
    activateCatalog('en', en, 'US');
    expect(plain(formatTime(at))).toBe('2:05 PM');
  });
});

describe('formatWeekday', () => {
  it('names a Date#getDay() index in the active language', async () => {
    const { formatWeekday } = await import('../../../electron/i18n/common/format');
    const { activateCatalog } = await import('../../../electron/i18n/common/translate');
    const { default: de } = await import('../../../electron/i18n/common/generated/de.js');
    const { default: en } = await import('../../../electron/i18n/common/generated/en.js');
    expect([0, 1, 6].map((i) => formatWeekday(i))).toEqual(['Sunday', 'Monday', 'Saturday']);
    activateCatalog('de', de, 'DE');
    try {
      expect(formatWeekday(1)).toBe('Montag');
      expect(formatWeekday(3, 'short')).toBe('Mi');
    } finally {
      activateCatalog('en', en);
    }
  });
});
