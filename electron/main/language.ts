// The language main speaks in, chosen once per process and again when Settings changes it: the
// person's choice (Settings `locale`), else the first of the system's preferred languages Limber
// has, else English. The region (for units, numbers and clock times) comes from the system's list.
// Windows open with both in their URL (`?locale=de&region=AT`), so the page speaks the same.
import { app } from 'electron';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import de from '../i18n/common/generated/de.js';
import en from '../i18n/common/generated/en.js';
import enXA from '../i18n/common/generated/en-XA.js';
import es from '../i18n/common/generated/es.js';
import fr from '../i18n/common/generated/fr.js';
import type { Catalog } from '../i18n/common/catalog';
import { LOCALE_CHOICES, regionOf, resolveLocale, type Locale, type LocaleChoice, activateCatalog } from '../i18n/common/translate';
import { READ_FLAGS } from '../base/node/fs-safe';
import { MAX_SETTINGS_BYTES, SETTINGS_FILE_NAME } from '../settings/node/settings-store';
import { APP_ENTRY } from './app-protocol';

export interface Language {
  locale: Locale;
  region: string | undefined;
}

/** Main bundles every catalogue anyway; the command line needs one before `ready`, synchronously. */
const CATALOGS: Record<Locale, Catalog> = { en, de, es, fr, 'en-XA': enXA };

/** At most this many system languages, each at most 64 characters, are looked at. */
const MAX_LANGUAGES = 32;

/** The system's preferred languages, best first (Electron: NSLocale, GlobalizationPreferences, g_get_language_names). */
export function systemLanguages(): string[] {
  try {
    const list = app.getPreferredSystemLanguages();
    return Array.isArray(list)
      ? list.slice(0, MAX_LANGUAGES).filter((l) => typeof l === 'string' && l.length <= 64)
      : [];
  } catch {
    return [];
  }
}

export function languageFor(
  choice: string | null | undefined,
  preferred: readonly string[] = systemLanguages(),
): Language {
  return { locale: resolveLocale(choice, preferred), region: regionOf(preferred) };
}

/**
 * The `locale` saved in settings.json, read synchronously before `ready` (the command line answers
 * before main's settings service exists). Only a regular file of bounded size is read; anything
 * unreadable or unknown is "follow the system", and the settings service reports the file itself.
 */
export function savedLocaleChoice(userDataDir: string): LocaleChoice | null {
  let fd: number | null = null;
  try {
    fd = openSync(join(userDataDir, `${SETTINGS_FILE_NAME}.json`), READ_FLAGS);
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_SETTINGS_BYTES) return null;
    const buffer = Buffer.alloc(info.size);
    const read = readSync(fd, buffer, 0, info.size, 0);
    const raw = JSON.parse(
      buffer
        .subarray(0, read)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    ) as unknown;
    const choice = raw && typeof raw === 'object' ? (raw as { locale?: unknown }).locale : undefined;
    return (LOCALE_CHOICES as readonly unknown[]).includes(choice) ? (choice as LocaleChoice) : null;
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

let current: Language = { locale: 'en', region: undefined };

export const currentLanguage = (): Language => current;

/** Before `ready`: the command line's words (`--help`, errors, `--status` relayed) follow the same choice. */
export function useLaunchLanguage(userDataDir: string): Language {
  current = languageFor(savedLocaleChoice(userDataDir));
  activateCatalog(current.locale, CATALOGS[current.locale], current.region);
  return current;
}

/** After `ready` and whenever Settings' language changes: loads that catalogue; true if the language changed. */
export async function switchLanguage(choice: string | null | undefined): Promise<boolean> {
  const next = languageFor(choice);
  const changed = next.locale !== current.locale || next.region !== current.region;
  activateCatalog(next.locale, CATALOGS[next.locale], next.region);
  await Promise.resolve();
  current = next;
  return changed;
}

/** The page's address with the language in its query (`app://limber/index.html?locale=de&region=AT#reminder`). */
export function pageUrl(hash = '', language: Language = current): string {
  const query = new URLSearchParams({ locale: language.locale });
  if (language.region) query.set('region', language.region);
  return `${APP_ENTRY}?${query.toString()}${hash}`;
}
