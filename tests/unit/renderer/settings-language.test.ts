import de from '@electron/i18n/common/generated/de.js';
import en from '@electron/i18n/common/generated/en.js';
import { activateCatalog } from '@electron/i18n/common/translate';
import { NUMBER_BOUNDS, SettingsPatchSchema, SettingsSchema } from '@electron/settings/common/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { boundsHint, parseNumberField, parseNumberText } from '../../../renderer/src/settings-fields';
import { LANGUAGE_CHOICES, searchForLocale } from '../../../renderer/src/views/settings/language-choices';
import { t } from '@electron/i18n/common/translate';

afterEach(() => activateCatalog('en', en));

describe("the settings schema's messages follow the active language", () => {
  it('a schema built once answers in the language active when the check runs', () => {
    expect(parseNumberField('stretchIntervalMin', '5')).toEqual({ ok: false, message: 'Stretch break interval must be at least 10 minutes.' });
    activateCatalog('de', de, 'DE');
    expect(parseNumberField('stretchIntervalMin', '5')).toEqual({
      ok: false,
      message: 'Der Abstand der Dehnpausen muss mindestens 10 Minuten betragen.',
    });
    expect(parseNumberField('breakLengthMin', '31')).toEqual({ ok: false, message: 'Die Länge der Pause darf höchstens 30 Minuten betragen.' });
    const patch = SettingsPatchSchema.safeParse({ voiceRate: 2 });
    expect(patch.success ? '' : patch.error.issues[0]?.message).toBe('Das Sprechtempo ist höchstens 1,5.');
  });

  it('plurals come from the catalogue: one minute, not "1 minutes"', () => {
    expect(parseNumberField('breakLengthMin', '0')).toEqual({ ok: false, message: 'Break length must be at least 1 minute.' });
  });

  it('an empty or odd entry is answered in the language, and a decimal comma is a decimal mark', () => {
    activateCatalog('de', de, 'DE');
    expect(parseNumberText('', 'minutes')).toEqual({ ok: false, message: 'Gib eine Anzahl Minuten ein.' });
    expect(parseNumberText('x', 'kilometres', 1.5)).toEqual({ ok: false, message: 'Bitte nur Ziffern, zum Beispiel 1,5.' });
    expect(parseNumberText('1,5', 'kilometres')).toEqual({ ok: true, value: 1.5 });
  });
});

describe('hints are written from the bounds the schema enforces', () => {
  it('says the bounds the schema checks, in the language', () => {
    const { min, max } = NUMBER_BOUNDS.stretchIntervalMin;
    expect(boundsHint('stretchIntervalMin')).toBe(`Between ${min} and ${max} minutes.`);
    expect(SettingsSchema.shape.stretchIntervalMin.safeParse(min).success).toBe(true);
    expect(SettingsSchema.shape.stretchIntervalMin.safeParse(min - 1).success).toBe(false);
    expect(SettingsSchema.shape.stretchIntervalMin.safeParse(max).success).toBe(true);
    expect(SettingsSchema.shape.stretchIntervalMin.safeParse(max + 1).success).toBe(false);
    for (const key of ['postureIntervalMin', 'breakLengthMin', 'snoozeMin'] as const) {
      const bounds = NUMBER_BOUNDS[key];
      expect(SettingsSchema.shape[key].safeParse(bounds.min - 1).success).toBe(false);
      expect(SettingsSchema.shape[key].safeParse(bounds.max + 1).success).toBe(false);
      expect(SettingsSchema.shape[key].safeParse(bounds.max).success).toBe(true);
    }
    activateCatalog('de', de, 'DE');
    expect(boundsHint('postureIntervalMin')).toBe('Zwischen 5 und 120 Minuten.');
  });
});

describe('the language choice', () => {
  it('names every language in itself, whatever the language of the page', () => {
    activateCatalog('de', de, 'DE');
    expect(LANGUAGE_CHOICES.map((c) => t(c.label))).toEqual(['System', 'English', 'Deutsch', 'Español', 'Français']);
  });

  it('reloads into ?locale=, keeping the region and anything else in the address', () => {
    expect(searchForLocale('', 'de')).toBe('?locale=de');
    expect(searchForLocale('?locale=en&region=US', 'fr')).toBe('?locale=fr&region=US');
    expect(searchForLocale('?locale=fr&region=FR', 'system')).toBe('?region=FR');
    expect(searchForLocale('?locale=fr', 'system')).toBe('');
  });
});
