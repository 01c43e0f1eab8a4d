import { describe, expect, it } from 'vitest';
import { checkRepository, scanSource, usageProblems } from '../../../scripts/check-message-usage.mjs';

// Every key the code asks for is in every locale, and every key in a locale is used somewhere
// (node scripts/check-message-usage.mjs prints the same list).
describe('message keys in use', () => {
  it('no locale lacks a key the code uses, and no locale keeps a key nothing uses', () => {
    expect(checkRepository()).toEqual([]);
  });
});

describe('the key-usage check', () => {
  const catalogues = { en: new Set(['app.a', 'app.b', 'app.day.mon', 'app.day.tue']), de: new Set(['app.a', 'app.day.mon']) };

  it('names, per locale, a key no code uses and a key the code asks for that is not there', () => {
    const source = scanSource(["t('app.a'); t('app.c');"]);
    expect(usageProblems(catalogues, source)).toEqual([
      'en: missing "app.c" (used in code)',
      'en: unused "app.b"',
      'en: unused "app.day.mon"',
      'en: unused "app.day.tue"',
      'de: missing "app.c" (used in code)',
      'de: unused "app.day.mon"',
    ]);
  });

  it('counts a key named in a typed map as used, and a declared dynamic prefix as using every key under it', () => {
    const source = scanSource(["const LABELS = { a: 'app.a', b: \"app.b\" };", '// i18n-keys: app.day.*\nt(`app.day.${d}`);']);
    expect(usageProblems(catalogues, source)).toEqual([]);
  });

  it('a dynamic key without its declaration is reported', () => {
    const source = scanSource(["t('app.a'); t('app.b');", 't(`app.day.${d}`);']);
    expect(usageProblems(catalogues, source)).toEqual([
      'en: unused "app.day.mon"',
      'en: unused "app.day.tue"',
      'de: missing "app.b" (used in code)',
      'de: unused "app.day.mon"',
    ]);
  });
});
