import { chromium, type Browser, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/backend';
import { bundleHarnessPreload, launchChromiumApp } from '../tests/support/chromium-app';
import { projectRoot } from '../tests/support/project-root';
import { atMost, informative, type Figures } from './figure';
import { returningUser } from './session';
import { median } from './stats';

const RATIO_GOAL = 3;
const STATIC_ORIGIN = 'https://static.test';

export async function withBrowser<T>(fn: (browser: Browser, preload: string) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return await fn(browser, await bundleHarnessPreload());
  } finally {
    await browser.close();
  }
}

/**
 * Runs before any page script (appended to the preload): notes, against the page's time origin
 * (navigation start of a fresh page), the first frame after the countdown has text.
 */
const COUNTDOWN_WATCH = `(() => {
  const seen = () => !!document.querySelector('[role="timer"]')?.textContent?.trim();
  new MutationObserver((_, observer) => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__benchCountdownAt = performance.now(); });
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const countdownAt = async (page: Page): Promise<number> => {
  const handle = await page.waitForFunction(() => (window as unknown as { __benchCountdownAt?: number }).__benchCountdownAt, null, { timeout: 30_000 });
  return (await handle.jsonValue()) as number;
};

/** Bytes the main window downloads and parses: its HTML, scripts, styles (the preload is inline). */
function windowBytes(): number {
  const dir = join(projectRoot(), 'dist', 'renderer');
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(html|js|css)$/.test(e.name))
    .reduce((sum, e) => sum + readFileSync(join(e.parentPath, e.name)).length, 0);
}

/** A static page of `bytes` size with the same countdown text at its end: the floor for a window. */
function staticPage(bytes: number): string {
  const paragraph = '<p>Stand up, roll your shoulders back, and take three slow breaths before you sit down again.</p>\n';
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static</title></head><body>\n';
  const tail = '<p role="timer">45 min</p></body></html>\n';
  return head + paragraph.repeat(Math.max(0, Math.ceil((bytes - head.length - tail.length) / paragraph.length))) + tail;
}

/**
 * A fresh main window (new browser context and page each run, nothing cached, real services in
 * this process) from navigation start to the first frame showing the home countdown; and, in the
 * same run and alternating with it, a static HTML page of the same size to its countdown-like
 * text. Medians of `runs`; the ratio is what the goal holds, since both absolute times move with
 * the machine's load.
 */
export async function benchFreshWindow(browser: Browser, preload: string, runs = 7): Promise<Figures> {
  const html = staticPage(windowBytes());
  const app: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < runs; i++) {
    const launched = await launchChromiumApp(browser, `${preload}\n${COUNTDOWN_WATCH}`, await returningUser());
    app.push(await countdownAt(launched.page));
    await launched.close();

    const context = await browser.newContext({ viewport: { width: 980, height: 760 } });
    await context.route(`${STATIC_ORIGIN}/**`, (route) => route.fulfill({ status: 200, body: html, headers: { 'content-type': 'text/html' } }));
    await context.addInitScript({ content: COUNTDOWN_WATCH });
    const page = await context.newPage();
    await page.goto(`${STATIC_ORIGIN}/index.html`);
    plain.push(await countdownAt(page));
    await context.close();
  }
  const appMs = median(app);
  const plainMs = median(plain);
  return {
    fresh_window_to_countdown_ms: informative(appMs, 'ms', `none (see the ratio; median of ${runs})`),
    static_page_same_size_to_text_ms: informative(plainMs, 'ms', `none (the baseline; ${Math.round(html.length / 1024)} KB)`),
    fresh_window_vs_static_page_ratio: atMost(appMs / plainMs, RATIO_GOAL, 'x'),
  };
}
