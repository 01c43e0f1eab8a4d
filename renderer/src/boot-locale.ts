import { loadCatalog } from '@electron/i18n/common/load-catalog';
import { regionOf, resolveLocale, activeFormattingTag, t } from '@electron/i18n/common/translate';

/**
 * Loads the window's words before anything renders. Main opens the window with `?locale=` set
 * from Settings (or the system's languages); without it, the browser's languages decide.
 * Sets `<html lang>` so screen readers and hyphenation use the right language.
 */
export async function bootLocale(reminder: boolean): Promise<void> {
  const params = new URLSearchParams(location.search);
  const locale = resolveLocale(params.get('locale'), navigator.languages);
  const region = params.get('region') ?? regionOf(navigator.languages);
  await loadCatalog(locale, region ?? undefined);
  document.documentElement.lang = activeFormattingTag();
  document.title = t(reminder ? 'app.reminderWindowTitle' : 'app.windowTitle');
}
