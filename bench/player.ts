import type { Browser, Page } from '@playwright/test';
import { launchChromiumApp } from '../tests/support/chromium-app';
import { readProbe, wakeUpProbe } from '../tests/support/page-probes';
import { returningUser } from './session';

/** Timer and animation-frame callbacks per second over `seconds` of real time. */
async function wakeUpsPerSecond(page: Page, seconds: number): Promise<number> {
  const before = await page.evaluate(readProbe);
  await page.waitForTimeout(seconds * 1000);
  const after = await page.evaluate(readProbe);
  const count = after.timerCallbacks + after.frameCallbacks - before.timerCallbacks - before.frameCallbacks;
  return Math.round((count / seconds) * 10) / 10;
}

/**
 * How often the player wakes the renderer, counted inside the page (every timer and frame
 * callback): player_wakeups_per_s while a hold runs with nothing animating (reduced motion), the
 * goal being ≤ 4; player_wakeups_per_s_animated with the breathing figure on.
 */
export async function benchPlayer(browser: Browser, preload: string, seconds = 5) {
  const figures: Record<string, number> = {};
  for (const [key, motion] of [
    ['player_wakeups_per_s', 'reduce'],
    ['player_wakeups_per_s_animated', 'no-preference'],
  ] as const) {
    const app = await launchChromiumApp(browser, preload, await returningUser());
    const page = app.page;
    await page.emulateMedia({ reducedMotion: motion });
    await page.addInitScript(wakeUpProbe);
    await page.reload();
    await page.getByRole('button', { name: 'Open Walk break' }).click();
    await page.getByRole('button', { name: 'Start Walk break' }).click();
    await page.getByRole('button', { name: 'Ready' }).click(); // into the five-minute walk
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    figures[key] = await wakeUpsPerSecond(page, seconds);
    await app.close();
  }
  return figures;
}
