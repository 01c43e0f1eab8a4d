import { APP_LOCALES, type LocaleChoice } from '@electron/i18n/common/translate';
import type { MessageKey } from '@electron/i18n/common/generated/keys';

/** Each language named in itself ("Deutsch", "Français"), so a person finds their own in any language. */
export const LANGUAGE_CHOICES: ReadonlyArray<{ value: LocaleChoice; label: MessageKey }> = [
  { value: 'system', label: 'settings.language.system' },
  // i18n-keys: settings.language.*
  ...APP_LOCALES.map((l) => ({ value: l, label: `settings.language.${l}` as const })),
];

export const DISTANCE_CHOICES = [
  { value: 'auto', label: 'settings.distance.auto' },
  { value: 'km', label: 'settings.distance.km' },
  { value: 'mi', label: 'settings.distance.mi' },
] as const satisfies ReadonlyArray<{ value: string; label: MessageKey }>;

/**
 * The window's address after a language change: `?locale=` names the new language (the page loads
 * its words from it before drawing), 'system' leaves the choice to the system's languages again.
 * Everything else in the query (the region, a test's flags) and the hash are kept.
 */
export function searchForLocale(search: string, choice: LocaleChoice): string {
  const params = new URLSearchParams(search);
  if (choice === 'system') params.delete('locale');
  else params.set('locale', choice);
  const text = params.toString();
  return text ? `?${text}` : '';
}
