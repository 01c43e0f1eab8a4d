import { afterEach, describe, expect, it } from 'vitest';
import { z as classic } from 'zod';
import { z } from 'zod/mini';
import '../../../electron/base/common/validation-messages';
import { DEFAULT_SETTINGS, SettingsPatchSchema } from '../../../electron/settings/common/schema';
import { previewImport } from '../../../electron/transfer/common/transfer';
import { activateMainCatalogue } from '../../support/main-catalogue';

// Zod's own words are English ("Invalid input: expected number, received string"); every check
// without its own message must speak the person's language instead, with bounds formatted for it.

type Language = 'en' | 'de' | 'es' | 'fr';
const LANGUAGES: Language[] = ['en', 'de', 'es', 'fr'];
/** Words from zod's English locale that must never reach a person. */
const ZOD_ENGLISH = /Invalid input|Invalid option|received|Too (small|big)|Unrecognized key|Invalid string/;

const first = (schema: z.ZodMiniType | classic.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected a failure');
  return r.error.issues[0]!.message;
};

/** One message per kind of check, from zod/mini and from classic zod (main's records, IPC). */
function messages(): string[] {
  return [
    first(z.number(), 'ten'),
    first(z.number(), undefined),
    first(classic.number().int(), 'x'),
    first(z.number().check(z.minimum(1500)), 3),
    first(z.number().check(z.maximum(2.5)), 3),
    first(classic.number().gt(0), 0),
    first(classic.number().lt(10), 12),
    first(z.string().check(z.minLength(3)), 'a'),
    first(classic.string().max(2), 'abc'),
    first(classic.array(classic.string()).min(2), ['a']),
    first(z.iso.date(), 'Monday'),
    first(classic.iso.datetime(), 'soon'),
    first(classic.uuid(), 'abc'),
    first(classic.string().regex(/^a$/), 'b'),
    first(classic.number().multipleOf(5), 3),
    first(classic.object({ a: classic.number() }).strict(), { a: 1, b: 2, c: 3 }),
    first(z.enum(['light', 'dark']), 'blue'),
    first(classic.literal(1), 2),
    first(classic.union([classic.string(), classic.number()]), true),
    first(classic.record(classic.enum(['a']), classic.number()), { b: 1 }),
    first(classic.map(classic.string(), classic.number()), new Map([['a', 'x']])),
    first(classic.number().refine(() => false), 1),
  ];
}

afterEach(() => activateMainCatalogue('en'));

describe("zod's messages come from the catalogue", () => {
  it('English: each kind of failure in plain words, with its bound', () => {
    activateMainCatalogue('en');
    const en = messages();
    expect(en.slice(0, 9)).toEqual([
      'Expected a number, found text.',
      'Required, but missing.',
      'Expected a number, found text.',
      'Must be at least 1,500.',
      'Must be at most 2.5.',
      'Must be more than 0.',
      'Must be less than 10.',
      'Must be at least 3 characters long.',
      'Must be at most 2 characters long.',
    ]);
    expect(en).toContain('Must have at least 2 items.');
    expect(en).toContain('Must be a date written as year-month-day, like 2026-03-31.');
    expect(en).toContain('Must be a multiple of 5.');
    expect(en).toContain('Unknown fields: "b" and "c".');
    expect(en).toContain('Must be one of "light" or "dark".');
    expect(en).toContain('Must be 1.');
    expect(en).toContain('This value is not allowed.');
    for (const m of en) expect(m).not.toMatch(ZOD_ENGLISH);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s: every message translated, numbers in its own format', (locale) => {
    activateMainCatalogue('en');
    const en = messages();
    activateMainCatalogue(locale);
    const words = messages();
    words.forEach((w, i) => {
      expect(w, `"${en[i]}" in ${locale}`).not.toBe(en[i]);
      expect(w).not.toMatch(ZOD_ENGLISH);
      expect(w).not.toMatch(/^errors\./);
    });
    // Grouping and decimals as the language writes them: 1.500 / 1 500 (narrow space) / 2,5.
    expect(words[3]).toMatch(locale === 'fr' ? /1\u202f500/ : locale === 'es' ? /1500|1\.500/ : /1\.500/);
    expect(words[4]).toContain('2,5');
    expect(words.join('\n')).toContain('"light"');
  });

  it.each(LANGUAGES)("%s: a settings patch's unmessaged checks and an import's records speak it too", async (locale) => {
    activateMainCatalogue(locale);
    const patch = SettingsPatchSchema.safeParse({ theme: 'blue', soundEnabled: 'yes', colour: 1 });
    expect(patch.success).toBe(false);
    const record = { id: '00000000-0000-4000-8000-000000000001', v: 1, at: '2026-01-01T09:00:00.000Z', kind: 'pain', rating: 'high', when: 'after' };
    const preview = await previewImport(JSON.stringify({ app: 'limber', format: 1, history: [record] }), DEFAULT_SETTINGS, () => Promise.resolve(new Set()));
    expect(preview.ok).toBe(false);
    const shown = [...patch.error!.issues.map((i) => i.message), ...(preview.ok ? [] : preview.errors)];
    activateMainCatalogue('en');
    const english = SettingsPatchSchema.safeParse({ theme: 'blue', soundEnabled: 'yes', colour: 1 }).error!.issues.map((i) => i.message);
    for (const m of shown) expect(m).not.toMatch(ZOD_ENGLISH);
    expect(shown.some((m) => m.startsWith('history[0]: '))).toBe(true);
    if (locale !== 'en') english.forEach((m, i) => expect(shown[i]).not.toBe(m));
  });
});
