import type { Browser, BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Bytes no other process shares: what the system gets back when this renderer ends. */
export function privateBytes(pid: number): number {
  // smaps_rollup is a few hundred bytes; read whole, parsed by field name.
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? NaN);
  const bytes = (kb('Private_Clean') + kb('Private_Dirty')) * 1024;
  if (!Number.isFinite(bytes)) throw new Error(`no Private_* lines in /proc/${pid}/smaps_rollup`);
  return bytes;
}

export const MB = 1024 * 1024;

/**
 * The page's own counters from Chromium (CDP Performance.getMetrics). ProcessTime is the renderer
 * process's CPU since it started; the counts and durations (RecalcStyleCount, ScriptDuration, …)
 * start at zero when this session enables the domain, so keep one session for a before/after pair.
 */
export async function pageMetrics(page: Page): Promise<{ read: () => Promise<Record<string, number>>; detach: () => Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    read: async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])),
    detach: () => cdp.detach(),
  };
}

async function rendererCpu(browser: Browser): Promise<Map<number, number>> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    return new Map(processInfo.filter((p) => p.type === 'renderer').map((p) => [p.id, p.cpuTime]));
  } finally {
    await cdp.detach();
  }
}

/**
 * The pid of the renderer process that runs `page`. Chromium's SystemInfo lists each renderer's
 * CPU time but not which page it serves; the page's own ProcessTime metric is the same number for
 * its renderer, so the renderer whose CPU time lies between two readings of it is the one. When
 * two renderers happen to show the same time, the page works a moment and it is asked again.
 */
export async function rendererPid(browser: Browser, page: Page): Promise<number> {
  const metrics = await pageMetrics(page);
  try {
    for (let round = 0; round < 5; round++) {
      const before = (await metrics.read())['ProcessTime']!;
      const cpu = await rendererCpu(browser);
      const after = (await metrics.read())['ProcessTime']!;
      const matches = [...cpu].filter(([, seconds]) => seconds >= before - 0.005 && seconds <= after + 0.005);
      if (matches.length === 1) return matches[0]![0];
      await page.evaluate(() => {
        const t0 = performance.now();
        while (performance.now() - t0 < 150 + Math.random() * 300);
      });
    }
  } finally {
    await metrics.detach();
  }
  throw new Error(`could not tell which renderer runs ${page.url()}`);
}

/**
 * Runs before any page script: notes, against the page's time origin (navigation start of a
 * fresh page), the first frame after `selector` has text. `window.__benchSeenAt` holds it.
 */
export function firstFrameWatch(selector: string): string {
  return `(() => {
  const seen = () => !!document.querySelector(${JSON.stringify(selector)})?.textContent?.trim();
  new MutationObserver((_, observer) => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__benchSeenAt = performance.now(); });
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();`;
}

/** Milliseconds from navigation start to that first frame (see firstFrameWatch). */
export async function seenAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as { __benchSeenAt?: number }).__benchSeenAt, null, { timeout: 30_000 });
  return (await handle.jsonValue()) as number;
}

/** The smallest page with the countdown text: the floor a window's first frame is held against. */
export const MINIMAL_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Limber</title></head><body><main><p role="timer">45 min</p></main></body></html>\n';
export const STATIC_ORIGIN = 'https://static.test';

/** Opens the minimal page in `context` as a new tab, served as a real navigation (not setContent). */
export async function openMinimalPage(context: BrowserContext, initScript?: string): Promise<Page> {
  const page = await context.newPage();
  await page.route(`${STATIC_ORIGIN}/**`, (route) => route.fulfill({ status: 200, body: MINIMAL_PAGE, headers: { 'content-type': 'text/html' } }));
  if (initScript) await page.addInitScript({ content: initScript });
  await page.goto(`${STATIC_ORIGIN}/index.html`);
  return page;
}
