import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../electron/i18n/common/generated/en.js';
import { loadCatalog } from '../../../electron/i18n/common/load-catalog';
import { activateCatalog, activeFormattingTag, activeLocale, t } from '../../../electron/i18n/common/translate';
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
    const windowOnly = (await import('../../../electron/i18n/common/generated/window/de.js')).default;
    expect(full['main.tray.quit']).toBeTypeOf('function');
    expect(windowOnly['main.tray.quit']).toBeUndefined();
    expect(windowOnly['app.windowTitle']).toBeTypeOf('function');
    expect(Object.keys(windowOnly).length).toBeLessThan(Object.keys(full).length);
    await loadCatalog('de');
    expect(t('app.windowTitle')).toBe('Limber');
  });
});
