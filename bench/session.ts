import type { Browser } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromiumApp } from '../tests/support/chromium-app';
import { median } from './renderer';

export async function returningUser() {
  const dir = await mkdtemp(join(tmpdir(), 'limber-bench-'));
  await writeFile(join(dir, 'settings.json'), JSON.stringify({ schemaVersion: 2, firstRunAcknowledged: true }));
  return dir;
}

/**
 * countdown_drift_ms: over a real 60 s hold, every change of the shown seconds is timestamped in the
 * page; each should land exactly 1,000 ms after the one before. The worst distance from that grid
 * (anchored at the first change) is the drift.
 * session_window_ready_ms: click on Start to an interactive first step, median of 7.
 */
export async function benchSession(browser: Browser, preload: string, holdSeconds = 60) {
  const app = await launchChromiumApp(browser, preload, await returningUser());
  const page = app.page;
  await page.getByRole('button', { name: 'Open Sciatica relief' }).click();
  await page.getByRole('button', { name: 'Start Sciatica relief' }).click();
  await page.keyboard.press('ArrowRight'); // into the 60 s hold
  const changes = await page.evaluate(
    (seconds) =>
      new Promise<number[]>((resolve) => {
        const times: number[] = [];
        const timer = document.querySelector('[role="timer"]')!;
        let last: string | null = timer.textContent;
        const sample = () => {
          const now = performance.now();
          const text = document.querySelector('[role="timer"]')?.textContent ?? null;
          if (text !== last) {
            times.push(now);
            last = text;
          }
          if (times.length > seconds - 2) resolve(times);
          else requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      }),
    holdSeconds,
  );
  await app.close();
  const anchor = changes[0]!;
  const drift = Math.max(...changes.map((t, i) => Math.abs(t - (anchor + i * 1000))));

  const ready: number[] = [];
  for (let i = 0; i < 7; i++) {
    const a = await launchChromiumApp(browser, preload, await returningUser());
    await a.page.getByRole('button', { name: 'Start a stretch session' }).waitFor();
    const ms = await a.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const start = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Start a stretch session')!;
          const t0 = performance.now();
          start.click();
          const check = () => {
            const pause = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Pause');
            if (pause && !pause.disabled && document.querySelector('[role="timer"]')) resolve(performance.now() - t0);
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    ready.push(ms);
    await a.close();
  }
  return { countdown_drift_ms: Math.round(drift * 10) / 10, session_window_ready_ms: Math.round(median(ready)) };
}
