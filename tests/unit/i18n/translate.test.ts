import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../electron/i18n/common/generated/en.js';
import { loadCatalog, loadWords } from '../../../electron/i18n/common/load-catalog';
import { activateCatalog, activeFormattingTag, activeLocale, addWords, t } from '../../../electron/i18n/common/translate';
import type { MessageKey } from '../../../electron/i18n/common/generated/keys';

describe('t()', () => {
  afterEach(() => activateCatalog('en', en));

  it('gives the active language\'s words', async () => {
    expect(t('app.reminderWindowTitle')).toBe('Limber reminder');
    await loadCatalog('de', 'AT');
    expect(activeLocale()).toBe('de');
    expect(activeFormattingTag()).toBe('de-AT');
    expect(t('app.reminderWindowTitle')).toBe('Limber-Erinnerung');
  });

  it('the pseudo-locale marks every message, so text outside a catalogue stands out', async () => {
    await loadCatalog('en-XA');
    expect(t('app.windowTitle')).toMatch(/^⟦Ļíɱƀéŕ·+⟧$/);
    expect(activeFormattingTag()).toBe('en');
  });

  it('a key the catalogue lacks shows the key instead of crashing', () => {
    expect(t('app.noSuchKey' as MessageKey)).toBe('app.noSuchKey');
  });
});

describe("the window's catalogues", () => {
  afterEach(() => activateCatalog('en', en));

  it('leave out words only main uses (the tray, --help), and keep what the window shows', async () => {
    const full = (await import('../../../electron/i18n/common/generated/de.js')).default;
    const { WORDS, WORD_GROUPS } = await import('../../../electron/i18n/common/generated/window/words');
    const groups = await Promise.all(WORD_GROUPS.map(async (g) => (await WORDS.de[g]()).default));
    const windowWords = Object.assign({}, ...groups) as Record<string, unknown>;
    expect(full['main.tray.quit']).toBeTypeOf('function');
    expect(windowWords['main.tray.quit']).toBeUndefined();
    expect(windowWords['app.windowTitle']).toBeTypeOf('function');
    // Words of common modules only main loads (the OS failure phrases, an import's problems) stay
    // out too, while the validation words the Settings page checks with come with it.
    expect(full['errors.os.diskFull']).toBeTypeOf('function');
    expect(windowWords['errors.os.diskFull']).toBeUndefined();
    expect(windowWords['history.transfer.wholeFile']).toBeUndefined();
    expect(windowWords['errors.invalid.atLeast']).toBeTypeOf('function');
    // Main's catalogue is the window's groups plus its own words: nothing of the window's is lost or written twice.
    for (const key of Object.keys(windowWords)) expect(full[key], key).toBe(windowWords[key]);
    expect(Object.keys(windowWords).length).toBeLessThan(Object.keys(full).length);
    const counted = groups.reduce((n, g) => n + Object.keys(g).length, 0);
    expect(counted).toBe(Object.keys(windowWords).length);
  });

  it("the first frame has the shell's words only; a view's words come when it asks for them", async () => {
    await loadCatalog('de');
    expect(t('app.windowTitle')).toBe('Limber');
    expect(t('history.title')).toBe('history.title');
    expect(t('settings.title')).toBe('settings.title');
    await loadWords(['history']);
    expect(t('history.title')).toBe('Dein Fortschritt');
    expect(t('settings.title')).toBe('settings.title');
    await loadWords(['settings', 'history']);
    expect(t('settings.title')).toBe('Einstellungen');
  });

  it('words of a language no longer active are not mixed in', () => {
    activateCatalog('fr', { 'app.windowTitle': () => 'Limber' });
    addWords('de', { 'history.title': () => 'Dein Fortschritt' });
    expect(t('history.title')).toBe('history.title');
    addWords('fr', { 'history.title': () => 'Vos progrès' });
    expect(t('history.title')).toBe('Vos progrès');
    expect(t('app.windowTitle')).toBe('Limber');
  });
});

describe("a view's words asked for before the window's language is known", () => {
  it('wait for it, and come in that language', async () => {
    vi.resetModules();
    const translate = await import('../../../electron/i18n/common/translate');
    const catalog = await import('../../../electron/i18n/common/load-catalog');
    expect(translate.hasActiveCatalog()).toBe(false);
    const early = catalog.loadWords(['history']);
    await catalog.loadCatalog('de');
    await early;
    expect(translate.t('history.title')).toBe('Dein Fortschritt');
  });
});
