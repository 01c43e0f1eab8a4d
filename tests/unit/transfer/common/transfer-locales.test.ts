import { afterEach, describe, expect, it } from 'vitest';
import { shortcutProblem, systemWideEffects, checkSettingsPatch } from '../../../../electron/settings/common/rules';
import { DEFAULT_SETTINGS } from '../../../../electron/settings/common/schema';
import { MAX_IMPORT_BYTES, previewImport } from '../../../../electron/transfer/common/transfer';
import { activateMainCatalogue } from '../../../support/main-catalogue';

// An import's problems and its effects beyond Limber are told in the person's language: main
// checks the file and the window shows main's words as they are. Each locale's words must differ
// from English (a sentence left in code would read the same in all four).

const none = () => Promise.resolve(new Set<string>());
type Language = 'en' | 'de' | 'es' | 'fr';

async function wordsIn(locale: Language): Promise<string[]> {
  activateMainCatalogue(locale);
  const problems = async (text: string) => {
    const r = await previewImport(text, DEFAULT_SETTINGS, none);
    return r.ok ? [] : r.errors;
  };
  const wrongApp = await problems(JSON.stringify({ app: 'other', format: 2 }));
  const early = await problems(
    JSON.stringify({ app: 'limber', format: 1, history: [{ id: '00000000-0000-4000-8000-000000000001', v: 1, at: '1999-01-01T09:00:00.000Z', kind: 'pain', rating: 4, when: 'after' }] }),
  );
  return [
    ...(await problems('{ not json')),
    ...(await problems('{"__proto__": {}}')),
    ...(await problems('x'.repeat(MAX_IMPORT_BYTES + 1))),
    ...wrongApp,
    ...early,
    ...checkSettingsPatch({ stretchRoutineId: 'no-such-routine' }).map((i) => i.message),
    shortcutProblem('Hyper+F')!,
    shortcutProblem('Control+C')!,
    shortcutProblem('Control+Alt+Shift+V')!,
    ...systemWideEffects({ startAtLogin: true, focusShortcut: 'Control+Alt+Shift+K', startShortcut: '' }, { ...DEFAULT_SETTINGS, startShortcut: 'Ctrl+Shift+F1' }),
  ];
}

afterEach(() => activateMainCatalogue('en'));

describe('import problems and system-wide effects, in every language', () => {
  it('English reads as before', async () => {
    const en = await wordsIn('en');
    expect(en).toContain('The file is not valid JSON.');
    expect(en).toContain('app: This is not a Limber export.');
    expect(en).toContain('format: This export comes from a newer Limber; update first.');
    expect(en).toContain('The file contains keys that are not allowed (__proto__, constructor or prototype).');
    expect(en.some((w) => /^The file is larger than 20\sMB/.test(w))).toBe(true);
    expect(en).toContain('history[0]: dated outside 2000 to today; Limber never writes such an entry.');
    expect(en).toContain('turns on start at login');
    expect(en).toContain('sets the focus-mode shortcut Control+Alt+Shift+K, taken from every other app while Limber runs');
    expect(en).toContain('turns off the start-session shortcut');
  });

  it.each(['de', 'es', 'fr'] as const)('%s: every sentence translated, the technical details kept', async (locale) => {
    const en = await wordsIn('en');
    const words = await wordsIn(locale);
    expect(words).toHaveLength(en.length);
    words.forEach((w, i) => expect(w, `"${en[i]}" in ${locale}`).not.toBe(en[i]));
    expect(words.join('\n')).toContain('__proto__');
    expect(words.join('\n')).toContain('Control+Alt+Shift+K');
    expect(words.join('\n')).toContain('history[0]');
  });
});
