import { describe, expect, it } from 'vitest';
import { appLocaleOf, formattingLocale, regionOf, resolveLocale } from '../../../electron/i18n/common/translate';

describe('choosing the language', () => {
  it('a choice in Settings wins over the system', () => {
    expect(resolveLocale('fr', ['de-DE'])).toBe('fr');
  });
  it('"system" takes the first preferred language Limber has', () => {
    expect(resolveLocale('system', ['nl-NL', 'de_AT.UTF-8', 'fr'])).toBe('de');
    expect(resolveLocale(undefined, ['es-MX'])).toBe('es');
  });
  it('falls back to English for languages Limber lacks, and for junk', () => {
    expect(resolveLocale('system', ['ja-JP'])).toBe('en');
    expect(resolveLocale('xx', [])).toBe('en');
    expect(resolveLocale('__proto__', ['<script>'])).toBe('en');
  });
  it('the pseudo-locale only when asked for by name', () => {
    expect(resolveLocale('en-XA', ['de'])).toBe('en-XA');
    expect(appLocaleOf('en-XA')).toBe('en');
  });
  it('region from the language tag, for units and formats', () => {
    expect(regionOf(['en-US'])).toBe('US');
    expect(regionOf(['de_AT.UTF-8'])).toBe('AT');
    expect(regionOf(['fr'])).toBeUndefined();
    expect(formattingLocale('en-XA', 'GB')).toBe('en-GB');
    expect(formattingLocale('de', 'bad!')).toBe('de');
  });
});
