// A desktop file is read by the desktop in whatever language the person's session has, not in
// Limber's: it carries every language at once (Comment=…, Comment[de]=…), from the catalogues.
import de from '../i18n/common/generated/de.js';
import en from '../i18n/common/generated/en.js';
import es from '../i18n/common/generated/es.js';
import fr from '../i18n/common/generated/fr.js';
import type { Catalog } from '../i18n/common/catalog';
import type { MessageKey } from '../i18n/common/generated/keys';

/** The catalogues a desktop file carries: English as the untagged value, then each translation. */
const TRANSLATIONS: Readonly<Record<string, Catalog>> = { de, es, fr };

/** One desktop-file text: the untagged (English) value and its translations by locale tag. */
export interface DesktopText {
  value: string;
  translations: Readonly<Record<string, string>>;
}

export function desktopText(key: MessageKey): DesktopText {
  const say = (catalog: Catalog) => catalog[key]?.({}) ?? '';
  const translations: Record<string, string> = {};
  for (const [tag, catalog] of Object.entries(TRANSLATIONS)) {
    const text = say(catalog);
    if (text) translations[tag] = text;
  }
  return { value: say(en), translations };
}

/** What Limber's desktop files say about it, in every language. */
export const desktopWords = () => ({ comment: desktopText('main.desktop.comment'), genericName: desktopText('main.desktop.genericName') });
