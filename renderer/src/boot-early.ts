import { bootLocale } from './boot-locale';
import { fetchBreakStatusEarly } from './hooks/use-break-status';
import { fetchSettingsEarly } from './hooks/use-settings';

/**
 * Imported first by main.tsx, so it runs before the rest of the page's code is evaluated: the
 * window's words and what its first frame shows (settings, and home's break status) are on their
 * way while the views' modules evaluate, rather than asked for after them.
 */
export const reminder = location.hash === '#reminder';
const data = reminder ? [fetchSettingsEarly()] : [fetchSettingsEarly(), fetchBreakStatusEarly()];
const words = bootLocale(reminder);

/** How long the first frame waits for its data once the words are here. */
const EARLY_DATA_WAIT_MS = 150;

/**
 * Settles when the first frame can draw: the words are in, and the data has come or was waited
 * for a little (a slow answer then arrives as usual, after a "Loading…"). Rejects if the words
 * cannot load.
 */
export async function firstFrameReady(): Promise<void> {
  await words;
  await Promise.race([Promise.all(data), new Promise((resolve) => setTimeout(resolve, EARLY_DATA_WAIT_MS))]);
}
