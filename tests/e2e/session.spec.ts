import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/launch';

test.use({ fakeClock: true });

const seconds = (page: Page) => page.getByRole('timer');

test('a full Sciatica relief session: switch-legs cue, exact pause, finish screen, recorded in main', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Start Sciatica relief' }).click();
  await expect(page.getByRole('heading', { name: 'Piriformis stretch (on the floor)' })).toBeVisible();
  // Shown on screen and announced to screen readers.
  await expect(page.getByText('Get ready: Piriformis stretch (on the floor)', { exact: true })).toHaveCount(2);

  await page.clock.runFor(5_000); // get ready
  await expect(page.getByText('First leg')).toBeVisible();
  await expect(seconds(page)).toHaveText('60');
  await expect(page.getByRole('img', { name: /both knees bent and raised, one leg crossed over the other/ })).toBeVisible();

  await page.clock.runFor(30_000);
  await expect(seconds(page)).toHaveText('30');
  await page.keyboard.press('Space'); // pause
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.clock.runFor(20_000);
  await expect(seconds(page)).toHaveText('30'); // frozen exactly
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.keyboard.press('Space'); // resume
  await page.clock.runFor(10_000);
  await expect(seconds(page)).toHaveText('20');

  await page.clock.runFor(20_000); // side one ends
  await expect(page.getByText('Switch legs', { exact: true })).toHaveCount(2); // on screen and announced
  await page.clock.runFor(5_000);
  await expect(page.getByText('Second leg')).toBeVisible();
  await expect(seconds(page)).toHaveText('60');

  await page.clock.runFor(60_000 + 5_000);
  await expect(page.getByRole('heading', { name: 'Hamstring stretch (on the floor)' })).toBeVisible();
  await page.clock.runFor(400_000);
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  await expect(page.getByText('Piriformis stretch (on the floor) — 2 of 2 sides, 120 s held')).toBeVisible();

  // Main recorded it: the history file (apart from settings) holds the session.
  await expect
    .poll(async () => (await readFile(join(app.userDataDir, 'history.jsonl'), 'utf8').catch(() => '')).includes('"kind":"session"'))
    .toBe(true);
  const lines = (await readFile(join(app.userDataDir, 'history.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines.find((l) => l['kind'] === 'session')).toMatchObject({ routineId: 'sciatica-relief', completed: true, endReason: 'finished' });
});

test('keyboard: arrows move between phases, Esc asks before ending, "This hurt" stops at once', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Start Quick desk stretch' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Sit-tall reset' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Seated figure-four stretch' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: 'Sit-tall reset' })).toBeVisible();

  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: 'End this session?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Keep going' }).click();
  await expect(confirm).toBeHidden();

  await page.getByRole('button', { name: 'This hurt — stop' }).click();
  await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible();
  await expect
    .poll(async () => (await readFile(join(app.userDataDir, 'history.jsonl'), 'utf8').catch(() => '')).includes('"endReason":"hurt"'))
    .toBe(true);
});

test('the home screen lists every routine with its length; one click starts the chosen one', async ({ app }) => {
  const { page } = app;
  for (const [name, length] of [
    ['Quick desk stretch', '3 min'],
    ['Sciatica relief', '6 min'],
    ['Posture reset', '35 s'],
    ['Walk break', '5 min'],
  ] as const) {
    await expect(page.getByRole('listitem').filter({ hasText: name }).first()).toContainText(length);
  }
  await page.getByRole('button', { name: 'Start a stretch session' }).click();
  await expect(page.getByText('Quick desk stretch · step 1 of 4')).toBeVisible();
});

test('a walk break is logged toward the walking goal; the player is axe clean in dark mode', async ({ app }) => {
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Start Walk break' }).click();
  await page.clock.runFor(5_000 + 60_000);
  await expect(page.getByRole('heading', { name: 'Brisk walk' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.clock.runFor(300_000);
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to home' }).click();
  await expect(page.getByText('0.25 of 0.5 miles')).toBeVisible();
});
