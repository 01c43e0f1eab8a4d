import type { Catalog, MessageValues } from './catalog';
import type { MessageKey } from './generated/keys';
import { formattingLocale, type Locale } from './locales';

/**
 * `t(key, values)`: the one way a visible or spoken word is produced, in main and in the window.
 * Each process has one language at a time (the window reloads when it changes), so the active
 * catalogue is module state, set at start-up by `loadCatalog` before anything renders (the window adds each view's words
 * as it loads that view).
 */
let active: { locale: Locale; catalog: Catalog; region: string | undefined } | undefined;

/** `region` (`US`, `DE`…) refines number, date and unit formats; the words follow `locale`. */
export function activateCatalog(locale: Locale, catalog: Catalog, region?: string): void {
  active = { locale, catalog, region };
}

/**
 * More words of the active language: the window loads a view's words with its code
 * (load-catalog.ts), after the first frame's. Ignored when that language is no longer active.
 */
export function addWords(locale: Locale, catalog: Catalog): void {
  if (active?.locale === locale) active = { ...active, catalog: { ...active.catalog, ...catalog } };
}

/** Whether a language has been made active yet (the window's is, once its first words are in). */
export function hasActiveCatalog(): boolean {
  return active !== undefined;
}

export function activeLocale(): Locale {
  return active?.locale ?? 'en';
}

/** The BCP 47 tag every `Intl` formatter, the `lang` attribute and the voice use. */
export function activeFormattingTag(): string {
  return formattingLocale(activeLocale(), active?.region);
}

/**
 * The message in the active language. A key with no message (only possible when code and the
 * generated catalogue disagree, which `npm test` fails on) shows the key rather than crashing.
 */
export function t(key: MessageKey, values: MessageValues = {}): string {
  const message = active?.catalog[key];
  return message ? message(values) : key;
}
