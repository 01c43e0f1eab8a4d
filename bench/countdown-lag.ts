import type { Browser, Page } from '@playwright/test';
import { launchChromiumApp } from '../tests/support/chromium-app';
import { atMost, informative, type Figures } from './figure';
import { returningUser } from './session';
import { median } from './stats';

const VISIBLE_GOAL_MS = 20;
const TICKS = 8;

/**
 * In the page: the home countdown's text changes for `ticks` seconds; for each, how long after the
 * whole-second boundary of the absolute deadline (Date.now(), the clock the countdown counts on)
 * the DOM text changed.
 */
function lagsInPage(page: Page, deadline: number): Promise<number[]> {
  return page.evaluate(
    ([deadline, ticks]) =>
      new Promise<number[]>((resolve) => {
        const timer = document.querySelector('[role="timer"]')!;
        let last = timer.textContent;
        const lags: number[] = [];
        const observer = new MutationObserver(() => {
          const now = Date.now();
          if (timer.textContent === last) return;
          last = timer.textContent;
          lags.push((((now - deadline) % 1000) + 1000) % 1000);
          if (lags.length === ticks) {
            observer.disconnect();
            resolve(lags);
          }
        });
        observer.observe(timer, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(lags);
        }, (ticks + 3) * 1000);
      }),
    [deadline, TICKS] as const,
  );
}

async function deadlineOf(page: Page): Promise<number> {
  const result = await page.evaluate(() =>
    (window as unknown as { __limberInvoke: (c: string, a: unknown[]) => Promise<{ ok: boolean; value?: { stretchAt: number } }> }).__limberInvoke('breaks:get-status', []),
  );
  if (!result.ok || !result.value) throw new Error('breaks:get-status failed in the lag bench');
  return result.value.stretchAt;
}

/**
 * The home countdown at a 10-minute interval (so it shows seconds): lag of each text change after
 * the second ticks over, in a visible window. A hidden window's figure is the spoken cues'
 * (bench/cue-lateness.ts, in a really hidden, throttled page): there the text is not seen, the cues
 * are what must be on time.
 */
export async function benchCountdownLag(browser: Browser, preload: string): Promise<Figures> {
  const app = await launchChromiumApp(browser, preload, await returningUser({ stretchIntervalMin: 10 }));
  try {
    await app.page.getByRole('timer').filter({ hasText: / s$/ }).waitFor();
    const deadline = await deadlineOf(app.page);
    const visible = await lagsInPage(app.page, deadline);
    if (visible.length === 0) throw new Error('the countdown text never changed while visible');
    if ((await deadlineOf(app.page)) !== deadline) throw new Error('the deadline moved during the lag bench: its figures would be wrong');
    return {
      countdown_lag_visible_median_ms: atMost(median(visible), VISIBLE_GOAL_MS, 'ms'),
      countdown_lag_visible_worst_ms: informative(Math.max(...visible), 'ms', `none (worst of ${TICKS}; noisy under load)`),
    };
  } finally {
    await app.close();
  }
}
