import type { Browser } from '@playwright/test';
import { launchChromiumApp } from '../tests/support/chromium-app';
import { countWakes, setHidden, total, wakesOver } from '../tests/support/wake-counter';
import { returningUser } from './session';

/**
 * Renderer wake-ups per minute on an unchanging home screen (countdown showing whole minutes), with
 * the window visible and hidden. Every setTimeout / setInterval / requestAnimationFrame callback the
 * page runs is one wake-up; the page runs on Playwright's clock, so ten simulated minutes take
 * moments and the count is exact, not sampled.
 */
export async function benchHome(browser: Browser, preload: string, minutes = 10) {
  const app = await launchChromiumApp(browser, preload, await returningUser(), { fakeClock: true });
  try {
    const page = app.page;
    // Posture checks off: their countdown would reach seconds within the ten minutes measured.
    await page.evaluate(() => window.limber.updateSettings({ postureChecksEnabled: false }));
    await countWakes(page);
    await page.getByRole('timer').waitFor();
    await wakesOver(page, 5_000); // start-up settles: first effects, focus
    const visible = total(await wakesOver(page, minutes * 60_000)) / minutes;
    await setHidden(page, true);
    const hidden = total(await wakesOver(page, minutes * 60_000)) / minutes;
    return { home_wakeups_per_min_visible: visible, home_wakeups_per_min_hidden: hidden };
  } finally {
    await app.close();
  }
}
