import type { LocaleChoice } from '@electron/i18n/common/translate';
import { t } from '@electron/i18n/common/translate';
import type { Settings, SettingsPatch } from '@electron/settings/common/schema';
import type { SaveOutcome } from '../../settings-fields';
import { DISTANCE_CHOICES, LANGUAGE_CHOICES, searchForLocale } from './language-choices';

interface Props {
  settings: Settings;
  /** Resolves with what main said; the page reloads in the new language only once it is stored. */
  save: (patch: SettingsPatch) => Promise<SaveOutcome>;
  /** A choice answered in the page's status line. */
  saveLater: (patch: SettingsPatch) => void;
  /** Where a refused language is said (the page's status line). */
  onRefused: (message: string) => void;
}

/**
 * Language and distance unit. A new language reloads the window in it: every word on the page was
 * looked up at start-up, and half-translated screens would be worse than a moment's reload.
 */
export function LanguageSection({ settings, save, saveLater, onRefused }: Props) {
  const chooseLanguage = async (locale: LocaleChoice) => {
    const outcome = await save({ locale });
    if (!outcome.ok) return onRefused(outcome.message);
    const search = searchForLocale(location.search, locale);
    if (search !== location.search) location.search = search;
    else location.reload();
  };
  return (
    <fieldset class="card">
      <legend>{t('settings.language.legend')}</legend>
      <div class="field">
        <label for="field-locale">{t('settings.language.label')}</label>
        <select
          id="field-locale"
          value={settings.locale}
          aria-describedby="field-locale-hint"
          onChange={(e) => void chooseLanguage(e.currentTarget.value as LocaleChoice)}
        >
          {LANGUAGE_CHOICES.map((c) => (
            // The name of a language in itself is in that language, for screen readers too.
            <option key={c.value} value={c.value} lang={c.value === 'system' ? undefined : c.value}>
              {t(c.label)}
            </option>
          ))}
        </select>
        <p id="field-locale-hint" class="hint">
          {t('settings.language.hint')}
        </p>
      </div>
      <div class="field">
        <label for="field-distanceUnit">{t('settings.distance.label')}</label>
        <select
          id="field-distanceUnit"
          value={settings.distanceUnit}
          aria-describedby="field-distanceUnit-hint"
          onChange={(e) => saveLater({ distanceUnit: e.currentTarget.value as Settings['distanceUnit'] })}
        >
          {DISTANCE_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {t(c.label)}
            </option>
          ))}
        </select>
        <p id="field-distanceUnit-hint" class="hint">
          {t('settings.distance.hint')}
        </p>
      </div>
    </fieldset>
  );
}
