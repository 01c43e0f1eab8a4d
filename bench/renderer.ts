import { chromium, type Browser } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/backend';
import { bundleHarnessPreload, launchChromiumApp } from '../tests/support/chromium-app';
import { returningUser } from './session';

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function withBrowser<T>(fn: (browser: Browser, preload: string) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return await fn(browser, await bundleHarnessPreload());
  } finally {
    await browser.close();
  }
}

/**
 * Cold loads of the main window in headless Chromium on the real build: time from navigation
 * start to the home screen's primary button being enabled, measured inside the page; and the gzip
 * size of every script the window actually loaded.
 */
export async function benchRenderer(browser: Browser, preload: string, loads = 7) {
  const times: number[] = [];
  let jsGzipBytes = 0;
  for (let i = 0; i < loads; i++) {
    const app = await launchChromiumApp(browser, preload, await returningUser());
    const scripts: Promise<number>[] = [];
    app.page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then((b) => gzipSync(b).length));
    });
    await app.page.reload();
    const ready = await app.page.waitForFunction(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Start a stretch session');
      return button && !button.disabled ? performance.now() : null;
    });
    times.push((await ready.jsonValue()) as number);
    if (i === 0) jsGzipBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    await app.close();
  }
  return {
    renderer_js_gzip_kb: Math.round((jsGzipBytes / 1024) * 10) / 10,
    main_window_ready_ms: Math.round(median(times)),
  };
}
