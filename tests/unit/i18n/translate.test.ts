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
