import { activateCatalog, activeLocale, addWords, hasActiveCatalog } from './translate';
import type { Locale } from './translate';
import { WORDS, type WordGroup } from './generated/window/words';

export type { WordGroup } from './generated/window/words';

/**
 * The window's words, in groups (scripts/compile-messages.mjs): `shell` (the frame, home and the
 * reminder window) before the first frame, each other group with the view that shows it. Every
 * group is one import per language, so the bundler makes each its own chunk and a window loads
 * only its language. Words only main uses (tray, menus, the command line) are in no group; main
 * activates its full catalogues itself (electron/main/language.ts).
 */
const loaded = new Map<string, Promise<void>>();
/** Settles when the window's language is first made active: a view fetched earlier waits for it. */
let activated = (): void => {};
const activation = new Promise<void>((resolve) => (activated = resolve));

function loadGroup(locale: Locale, group: WordGroup): Promise<void> {
  const id = `${locale}/${group}`;
  let pending = loaded.get(id);
  if (!pending) {
    pending = WORDS[locale][group]().then(
      (words) => addWords(locale, words.default),
      (error: unknown) => {
        loaded.delete(id); // the next try fetches again
        throw error;
      },
    );
    loaded.set(id, pending);
  }
  return pending;
}

/** Makes `locale` active with the first frame's words. */
export async function loadCatalog(locale: Locale, region?: string): Promise<void> {
  loaded.clear();
  const shell = await WORDS[locale].shell();
  activateCatalog(locale, shell.default, region);
  loaded.set(`${locale}/shell`, Promise.resolve());
  activated();
}

/**
 * The words of these groups in the active language, each fetched once. Asked before any language
 * is active (a session window fetches the player beside its first words), it waits for it.
 */
export async function loadWords(groups: readonly WordGroup[]): Promise<void> {
  if (!hasActiveCatalog()) await activation;
  const locale = activeLocale();
  await Promise.all(groups.map((group) => loadGroup(locale, group)));
}
