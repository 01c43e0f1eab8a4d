import type { Page } from '@playwright/test';
import { bundleHarnessPreload, launchChromiumApp } from '../tests/support/chromium-app';
import { hideBehindNewTab, launchHeadedChromium } from '../tests/support/hidden-window';
import { existsSync } from 'node:fs';
import { atMost, informative, type Figures } from './figure';
import { MB, openMinimalPage, privateBytes, rendererPid } from './renderer-process';
import { returningUser } from './session';

/** A short routine (two steps); each round opens it as main does, then ends it from the player. */
const ROUTINE = 'posture-reset';

/** Private bytes of `pid` after `page` has sat behind another tab for `seconds`; leaves it in front again. */
async function hiddenFor(page: Page, pid: number, seconds: number): Promise<number> {
  const front = await hideBehindNewTab(page);
  await page.waitForTimeout(seconds * 1000);
  const bytes = privateBytes(pid);
  await front.close();
  await page.bringToFront();
  return bytes;
}

/**
 * What a renderer still holds once its window is destroyed: main destroys the hidden main window
 * after its grace period (electron/main/main-window.ts; the policy is tested in
 * tests/unit/main/hidden-window-life.test.ts and tests/startup/hidden-window.test.ts). This bench
 * has no Electron, so it closes the page as that destroy does, then reads the renderer's private
 * bytes once Chromium has let it go: 0 when its process has ended, else what it still holds.
 */
async function afterDestroyed(close: () => Promise<void>, pid: number): Promise<number> {
  await close();
  for (let i = 0; i < 50 && existsSync(`/proc/${pid}`); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  return existsSync(`/proc/${pid}`) ? privateBytes(pid) : 0;
}

/** Private bytes of `pid` once the page has been still for two seconds (its start-up work done). */
async function settled(page: Page, pid: number): Promise<number> {
  await page.waitForTimeout(2000);
  return privateBytes(pid);
}

/**
 * Renderer private memory (Private_Clean + Private_Dirty of the page's renderer process, from
 * /proc/<pid>/smaps_rollup: what ending that renderer gives back) of the main window at home after
 * load, hidden "between breaks" for `hiddenSeconds`, and after `sessions` sessions (opened by main,
 * ended from the player, recorded in history); beside a minimal static page loaded and hidden the
 * same way. Headed Chromium on a private Xvfb, so a hidden page is really hidden.
 */
export async function benchMemory(sessions = 50, hiddenSeconds = 30): Promise<Figures> {
  const headed = await launchHeadedChromium();
  try {
    const plain = await openMinimalPage(headed.context);
    const plainPid = await rendererPid(headed.browser, plain);
    const plainLoaded = await settled(plain, plainPid);
    const plainHidden = await hiddenFor(plain, plainPid, hiddenSeconds);
    const plainClosed = await afterDestroyed(() => plain.close(), plainPid);

    const app = await launchChromiumApp(headed.browser, await bundleHarnessPreload(), await returningUser(), { context: headed.context });
    const page = app.page;
    await page.getByRole('timer').waitFor();
    const pid = await rendererPid(headed.browser, page);
    if (pid === plainPid) throw new Error('the main window shares a renderer with the minimal page');
    const loaded = await settled(page, pid);
    const hidden = await hiddenFor(page, pid, hiddenSeconds);
    for (let i = 0; i < sessions; i++) {
      await app.openSession(ROUTINE);
      await page.getByRole('group', { name: 'Session controls' }).getByRole('button', { name: 'End session' }).click();
      await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }).click();
      await page.getByRole('heading', { name: 'Session ended', level: 1 }).waitFor();
    }
    const afterSessions = await settled(page, pid);
    const hiddenAfterSessions = await hiddenFor(page, pid, hiddenSeconds);
    const betweenBreaks = await afterDestroyed(() => app.close(), pid);
    return {
      renderer_private_mb_home_loaded: informative(loaded / MB, 'MB', `none (minimal page: ${(plainLoaded / MB).toFixed(1)} MB)`),
      renderer_private_mb_home_hidden: informative(hidden / MB, 'MB', `none (hidden ${hiddenSeconds} s, within the grace period); minimal page hidden: ${(plainHidden / MB).toFixed(1)} MB`),
      [`renderer_private_mb_after_${sessions}_sessions`]: informative(afterSessions / MB, 'MB', 'none (compare with _home_loaded)'),
      [`renderer_private_mb_hidden_after_${sessions}_sessions`]: informative(hiddenAfterSessions / MB, 'MB', `none (after ${hiddenSeconds} s hidden)`),
      renderer_private_mb_minimal_page_loaded: informative(plainLoaded / MB, 'MB', 'none (the floor)'),
      renderer_private_mb_minimal_page_hidden: informative(plainHidden / MB, 'MB', 'none (the floor)'),
      // Issue 27's goal: between breaks (window closed past its grace period, no session) nothing.
      renderer_private_mb_between_breaks: atMost(betweenBreaks / MB, 0, 'MB'),
      renderer_private_mb_minimal_page_destroyed: informative(plainClosed / MB, 'MB', 'none (the floor, closed the same way)'),
    };
  } finally {
    await headed.close();
  }
}
