import type { Catalog } from './catalog';
import type { Locale } from './locales';
import { activateCatalog } from './translate';

/**
 * The window's words: one import per locale, so the bundler makes each its own chunk and a window
 * loads only its language. These leave out words only main uses (tray, menus, the command line:
 * scripts/compile-messages.mjs); main activates its full catalogues itself (electron/main/language.ts).
 */
const LOADERS: Record<Locale, () => Promise<{ default: Catalog }>> = {
  en: () => import('./generated/window/en.js'),
  de: () => import('./generated/window/de.js'),
  es: () => import('./generated/window/es.js'),
  fr: () => import('./generated/window/fr.js'),
  'en-XA': () => import('./generated/window/en-XA.js'),
};

export async function loadCatalog(locale: Locale, region?: string): Promise<void> {
  const catalog = await LOADERS[locale]();
  activateCatalog(locale, catalog.default, region);
}
