import type { Catalog, MessageValues } from './catalog';
import type { MessageKey } from './generated/keys';

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

/**
 * The languages Limber speaks, and how the one in use is chosen: the person's choice in Settings,
 * else the first of the system's preferred languages that Limber has, else English.
 * `en-XA` is the pseudo-locale (accented, longer, marked): chosen only explicitly, by tests.
 */
export const APP_LOCALES = ['en', 'de', 'es', 'fr'] as const;
export type AppLocale = (typeof APP_LOCALES)[number];
export const PSEUDO_LOCALE = 'en-XA';
export type Locale = AppLocale | typeof PSEUDO_LOCALE;

/** What Settings stores: follow the system, or one language. */
export const LOCALE_CHOICES = ['system', ...APP_LOCALES] as const;
export type LocaleChoice = (typeof LOCALE_CHOICES)[number];

export function isLocale(value: unknown): value is Locale {
  return value === PSEUDO_LOCALE || (APP_LOCALES as readonly unknown[]).includes(value);
}

/** `de-AT`, `de_AT.UTF-8`, `DE` → `de`; anything else → undefined. */
export function appLocaleOf(tag: string): AppLocale | undefined {
  const base = tag.trim().toLowerCase().split(/[-_.@]/)[0];
  return APP_LOCALES.find((l) => l === base);
}

export function resolveLocale(choice: string | null | undefined, preferred: readonly string[]): Locale {
  if (choice && choice !== 'system' && isLocale(choice)) return choice;
  for (const tag of preferred.slice(0, 32)) {
    const found = appLocaleOf(tag);
    if (found) return found;
  }
  return 'en';
}

/** The language tag for `lang` attributes, Intl and speech: the pseudo-locale formats as English. */
export function formattingLocale(locale: Locale, region?: string): string {
  const base = locale === PSEUDO_LOCALE ? 'en' : locale;
  return region && /^[A-Z]{2}$/.test(region) ? `${base}-${region}` : base;
}

/** `de-AT` → `AT`; the region decides units (miles or kilometres) and number grouping. */
export function regionOf(preferred: readonly string[]): string | undefined {
  for (const tag of preferred.slice(0, 32)) {
    const match = /^[a-z]{2,3}[-_]([A-Za-z]{2})\b/i.exec(tag.trim());
    if (match?.[1]) return match[1].toUpperCase();
  }
  return undefined;
}
