// The exercise words these tests read in Node come from the English catalogue, as the window's do.
import '../support/english-catalogue';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planRoutine } from '../../electron/exercises/common/plan';
import { routineById } from '../../electron/exercises/common/routines';
import { expect } from '../support/launch';

/** Every window size the main window allows (electron/main/main-window.ts): minimum, default and two common ones. */
export const WINDOW_SIZES = [
  { width: 560, height: 520 },
  { width: 800, height: 600 },
  { width: 980, height: 760 },
  { width: 1280, height: 800 },
] as const;

/** From the home screen's routine list: the preview, with Start focused so one key press begins. */
export async function openRoutine(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Open ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('button', { name: `Start ${name}` })).toBeFocused();
}

export async function startRoutine(page: Page, name: string): Promise<void> {
  await openRoutine(page, name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Session controls' })).toBeVisible();
}

export async function historyRecords(userDataDir: string): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(join(userDataDir, 'history.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export const sessionRecords = async (userDataDir: string) => (await historyRecords(userDataDir)).filter((r) => r['kind'] === 'session');

export const timer = (page: Page) => page.getByRole('timer');

/** The lead-in before step `index` of a catalogue routine as the player runs it: long enough to read its steps aloud. */
export const leadInMs = (routineId: string, index = 0): number => planRoutine(routineById(routineId)!).steps[index]!.leadInSec * 1000;
/** The same in whole seconds, as the timer shows it. */
export const leadInText = (routineId: string, index = 0): string => String(leadInMs(routineId, index) / 1000);

/**
 * Stops the page's fake clock from flowing with real time (it jumps `jumpMs` ahead to stop), so
 * the reads after a runFor see only the time runFor gave, not a busy machine's real seconds.
 * pauseAt refuses a moment already past, and real time runs on between reading the page's clock
 * and pausing it: a refused try reads the clock again.
 */
export async function freezeClock(page: Page, jumpMs = 100): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + jumpMs * (attempt + 1));
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}
