import type { Catalog } from './catalog';
import type { Locale } from './locales';
import { activateCatalog } from './translate';

/**
 * One import per locale, so the window's bundler makes each its own chunk and a window loads only
 * its language's words. Main bundles them all (size does not matter there).
 */
const LOADERS: Record<Locale, () => Promise<{ default: Catalog }>> = {
  en: () => import('./generated/en.js'),
  de: () => import('./generated/de.js'),
  es: () => import('./generated/es.js'),
  fr: () => import('./generated/fr.js'),
  'en-XA': () => import('./generated/en-XA.js'),
};

export async function loadCatalog(locale: Locale, region?: string): Promise<void> {
  const catalog = await LOADERS[locale]();
  activateCatalog(locale, catalog.default, region);
}
