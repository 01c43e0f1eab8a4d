import de from '../../electron/i18n/common/generated/de.js';
import enXA from '../../electron/i18n/common/generated/en-XA.js';
import en from '../../electron/i18n/common/generated/en.js';
import es from '../../electron/i18n/common/generated/es.js';
import fr from '../../electron/i18n/common/generated/fr.js';
import type { Catalog } from '../../electron/i18n/common/catalog';
import type { Locale } from '../../electron/i18n/common/translate';
import { activateCatalog } from '../../electron/i18n/common/translate';

/**
 * Main's words in a test process, as electron/main/language.ts activates them: the full catalogues
 * (the window's leave out the tray, menus and --help).
 */
const CATALOGS: Record<Locale, Catalog> = { en, de, es, fr, 'en-XA': enXA };

export function activateMainCatalogue(locale: Locale = 'en', region?: string): void {
  activateCatalog(locale, CATALOGS[locale], region);
}
