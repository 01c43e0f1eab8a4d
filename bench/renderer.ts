import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/backend';
import { bundleHarnessPreload, launchChromiumApp } from '../tests/support/chromium-app';
import { atMost, informative, type Figures } from './figure';
import { firstFrameWatch, openMinimalPage, seenAt } from './renderer-process';
import { returningUser } from './session';
import { median } from './stats';

/** Issue 27: a fresh window's first visible countdown within twice a minimal static page's. */
const RATIO_GOAL = 2;

export async function withBrowser<T>(fn: (browser: Browser, preload: string) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return await fn(browser, await bundleHarnessPreload());
  } finally {
    await browser.close();
  }
}

/** The home screen's countdown; the session player's (inside the player, not home's). */
export const HOME_COUNTDOWN = '[role="timer"]';
export const SESSION_COUNTDOWN = '.player [role="timer"]';
/** The routine a fresh session window opens into. */
const SESSION_ROUTINE = 'quick-desk-stretch';

/**
 * From navigation start of a window that does not exist yet (new browser context and page each
 * run, nothing cached, real services in this process) to the first frame showing its countdown:
 * home, and a session that main opened before the page was created (the page receives it when it
 * says it is ready, as in the app). Alternating with them, the same for a minimal static page that
 * holds only the countdown text: the floor. Medians of `runs`; the ratios hold the goals, since
 * the absolute times move with the machine's load.
 */
export async function benchFreshWindow(browser: Browser, preload: string, runs = 7): Promise<Figures> {
  const home: number[] = [];
  const session: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = await launchChromiumApp(browser, `${preload}\n${firstFrameWatch(HOME_COUNTDOWN)}`, await returningUser());
    home.push(await seenAt(a.page));
    await a.close();

    const s = await launchChromiumApp(browser, `${preload}\n${firstFrameWatch(SESSION_COUNTDOWN)}`, await returningUser(), { sessionOnLoad: SESSION_ROUTINE });
    session.push(await seenAt(s.page));
    await s.close();

    const context = await browser.newContext({ viewport: { width: 980, height: 760 } });
    plain.push(await seenAt(await openMinimalPage(context, firstFrameWatch(HOME_COUNTDOWN))));
    await context.close();
  }
  const [homeMs, sessionMs, plainMs] = [median(home), median(session), median(plain)];
  return {
    fresh_window_home_to_countdown_ms: informative(homeMs, 'ms', `none (see the ratio; median of ${runs})`),
    fresh_window_session_to_countdown_ms: informative(sessionMs, 'ms', `none (see the ratio; median of ${runs})`),
    minimal_page_to_text_ms: informative(plainMs, 'ms', 'none (the floor: a tiny page with the countdown text)'),
    fresh_window_vs_minimal_page_ratio_home: atMost(homeMs / plainMs, RATIO_GOAL, 'x'),
    fresh_window_vs_minimal_page_ratio_session: atMost(sessionMs / plainMs, RATIO_GOAL, 'x'),
  };
}
