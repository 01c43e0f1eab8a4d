import { NOTHING_APPLIES } from '../tests/support/safety-answers';
import type { Browser } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromiumApp } from '../tests/support/chromium-app';
import { informative, type Figures } from './figure';
import { median } from './stats';

/** A user-data dir of someone past the first run; `settings` adds to what they saved. */
export async function returningUser(settings: Record<string, unknown> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'limber-bench-'));
  await writeFile(join(dir, 'settings.json'), JSON.stringify({ schemaVersion: 2, firstRunAcknowledged: true, screening: NOTHING_APPLIES, ...settings }));
  return dir;
}

/**
 * session_view_switch_ms: click on Start to an interactive first step (Pause enabled, the timer
 * shown), measured in the page, median of `runs` fresh windows. A view switch inside a page that
 * has already loaded, so informative only: a session in a window that does not exist yet is
 * fresh_window_session_to_countdown_ms (bench/renderer.ts), which holds the goal.
 */
export async function benchSession(browser: Browser, preload: string, runs = 5): Promise<Figures> {
  const ready: number[] = [];
  for (let i = 0; i < runs; i++) {
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
  return { session_view_switch_ms: informative(median(ready), 'ms', `none (a view switch in a loaded page; median of ${runs})`) };
}
