import { afterEach, describe, expect, it } from 'vitest';
import de from '../../../electron/i18n/common/generated/de.js';
import en from '../../../electron/i18n/common/generated/en.js';
import fr from '../../../electron/i18n/common/generated/fr.js';
import { formatSeconds } from '../../../electron/i18n/common/format';
import { activateCatalog, t } from '../../../electron/i18n/common/translate';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe("the window's quantities in each language", () => {
  afterEach(() => activateCatalog('en', en));

  it('holds stay in seconds, however long', () => {
    expect(plain(formatSeconds(60))).toBe('60 sec');
    expect(plain(formatSeconds(120))).toBe('120 sec');
    activateCatalog('de', de);
    expect(plain(formatSeconds(60))).toBe('60 Sek.');
    activateCatalog('fr', fr);
    expect(plain(formatSeconds(45, 'long'))).toBe('45 secondes');
  });

  it("a walk's amount: plural by number, decimals in the language's own way", () => {
    expect(t('app.walking.amount', { unit: 'mi', count: 0.5 })).toBe('0.5 miles');
    expect(t('app.walking.amount', { unit: 'mi', count: 1 })).toBe('1 mile');
    expect(t('app.walking.amount', { unit: 'min', count: 20 })).toBe('20 minutes');
    activateCatalog('de', de);
    expect(t('app.walking.amount', { unit: 'mi', count: 0.5 })).toBe('0,5 Meilen');
    expect(t('app.walking.amount', { unit: 'km', count: 1.5 })).toBe('1,5 km');
    expect(t('app.walking.amount', { unit: 'min', count: 1 })).toBe('1 Minute');
  });
});
