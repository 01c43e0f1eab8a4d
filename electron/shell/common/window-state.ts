import type { View } from './app-channels';

export type { WindowState } from './app-channels';

// A hidden main window is destroyed after a grace period (its renderer holds 15–45 MB while nobody
// looks) and made again on demand. It opens again on the view it showed, through its address's
// fragment, so the first frame is already the right one; a window holding a session or a draft is
// never destroyed (main-window.ts).

/** The views a recreated window can open on by itself: a session is held, never recreated. */
const REOPENABLE: ReadonlySet<View> = new Set<View>(['settings', 'history', 'safety']);

/** The page address's fragment that opens a recreated window on `view` ('' for home). */
export function hashForView(view: View): string {
  return REOPENABLE.has(view) ? `#view=${view}` : '';
}

/** The view a page opens on, read from its fragment; home for anything else. */
export function viewFromHash(hash: string): View {
  const match = /^#view=([a-z]{1,20})$/.exec(hash);
  const view = match?.[1] as View | undefined;
  return view && REOPENABLE.has(view) ? view : 'home';
}

/**
 * A window made in order to show a session (a break's Start with the window closed) is loaded with
 * this fragment: it still opens on home until the session arrives, but fetches the player's code
 * at once, beside its first data, rather than after the session is handed to it.
 */
export const SESSION_WINDOW_HASH = '#view=session';

export function opensSession(hash: string): boolean {
  return hash === SESSION_WINDOW_HASH;
}
