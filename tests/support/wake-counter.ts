import type { Page } from '@playwright/test';

/** How often the page's own code was woken, by kind, since the last reset. */
export interface Wakes {
  timeout: number;
  interval: number;
  frame: number;
}

interface CounterWindow {
  __wakes: Wakes;
  __setHidden: (hidden: boolean) => void;
}

/**
 * Runs in the page before its scripts (and after Playwright's clock, so the fake timers are the
 * ones counted): every setTimeout, setInterval or requestAnimationFrame callback that runs is one
 * wake-up. Also lets a test hide the page, as minimising the window does: headless Chromium has no
 * way to hide a page, so document.visibilityState is switched and visibilitychange sent.
 */
function installWakeCounter(): void {
  const w = window as unknown as CounterWindow & Record<string, unknown>;
  const wakes: Wakes = { timeout: 0, interval: 0, frame: 0 };
  w.__wakes = wakes;
  const wrap = (name: 'setTimeout' | 'setInterval' | 'requestAnimationFrame', kind: keyof Wakes) => {
    const original = w[name] as (cb: unknown, ...rest: unknown[]) => number;
    w[name] = function (this: unknown, cb: unknown, ...rest: unknown[]) {
      const counted =
        typeof cb === 'function'
          ? (...args: unknown[]) => {
              wakes[kind]++;
              return (cb as (...a: unknown[]) => unknown)(...args);
            }
          : cb;
      return original.call(this, counted, ...rest);
    };
  };
  wrap('setTimeout', 'timeout');
  wrap('setInterval', 'interval');
  wrap('requestAnimationFrame', 'frame');
  let hidden = false;
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  w.__setHidden = (next: boolean) => {
    hidden = next;
    document.dispatchEvent(new Event('visibilitychange'));
  };
}

/** Install the counter and reload, so it sees the page from its first script. */
export async function countWakes(page: Page): Promise<void> {
  await page.addInitScript(installWakeCounter);
  await page.reload();
}

export const total = (w: Wakes) => w.timeout + w.interval + w.frame;

/** Wake-ups over `ms` of the page's (fake) clock, which must be installed. */
export async function wakesOver(page: Page, ms: number): Promise<Wakes> {
  await page.evaluate(() => {
    const wakes = (window as unknown as CounterWindow).__wakes;
    wakes.timeout = wakes.interval = wakes.frame = 0;
  });
  await page.clock.runFor(ms);
  return page.evaluate(() => ({ ...(window as unknown as CounterWindow).__wakes }));
}

/**
 * Lets start-up finish before counting: answers from main (settings, break status, voices, a lazy
 * view) arrive in real time, not on the page's fake clock, and each may schedule a callback. Waits
 * until three one-second steps of the fake clock in a row wake no more than `perSecond` (the page's
 * own rhythm), so a late answer is not counted as part of the minute under test. At most 20 s of
 * the fake clock pass.
 */
export async function settle(page: Page, perSecond = 0): Promise<void> {
  let quiet = 0;
  for (let step = 0; step < 20 && quiet < 3; step++) {
    await page.waitForTimeout(100);
    quiet = total(await wakesOver(page, 1_000)) <= perSecond ? quiet + 1 : 0;
  }
}

export async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((h) => (window as unknown as CounterWindow).__setHidden(h), hidden);
}
