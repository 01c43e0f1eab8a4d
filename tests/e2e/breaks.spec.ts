import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/launch';

const countdown = (page: Page) => page.getByRole('timer');

test('the home screen counts down to the next stretch break, live', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Next stretch break' })).toBeVisible();
  await expect(countdown(page)).toHaveText('45 min');
  await expect(page.getByText(/Posture check in (19|20) min/)).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('pause and resume from the window', async ({ app }) => {
  const { page } = app;
  await page.getByRole('group', { name: 'Pause reminders' }).getByRole('button', { name: '30 min' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Reminders paused until/ })).toBeVisible();
  await expect(countdown(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Resume reminders' }).click();
  await expect(countdown(page)).toHaveText('45 min');
});

test('focus mode holds reminders until it is turned off', async ({ app }) => {
  const { page } = app;
  const focus = page.getByRole('button', { name: /Focus mode/ });
  await focus.click();
  await expect(focus).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Focus mode is on: reminders wait until you turn it off.')).toBeVisible();
  await focus.click();
  await expect(focus).toHaveAttribute('aria-pressed', 'false');
  await expect(countdown(page)).toBeVisible();
});

test('changing the interval moves the next deadline at once', async ({ app }) => {
  const { page } = app;
  await expect(countdown(page)).toHaveText('45 min');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Stretch break every').fill('30');
  await page.getByLabel('Stretch break every').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(countdown(page)).toHaveText(/^(29 min, \d\d? sec|30 min)$/);
});

test('skipping the next break moves it back by the skip wait (10 min); the sitting bout goes on', async ({ app }) => {
  const { page } = app;
  // The countdown must have run down first, or a skip that did nothing would show the starting
  // value too. The deadline comes from main's scheduler, which runs on the real clock (page.clock
  // would move only the page's side and shift the countdown equally before and after the skip), so
  // real seconds pass: at a 10-minute interval the countdown shows them.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Stretch break every').fill('10');
  await page.getByLabel('Stretch break every').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(countdown(page)).toHaveText(/^9 min, ([0-4]?\d|5[0-5]) sec$/, { timeout: 15_000 });
  const before = await countdown(page).textContent();
  await page.getByRole('button', { name: 'Skip next break' }).click();
  // The same deadline, ten minutes later (skipping changes nothing about the sitting).
  await expect(countdown(page)).toHaveText(/^(19|20) min$/); // whole minutes above ten
  expect(before).toMatch(/^9 min/);
  await expect(page.getByText(/^Sitting for/)).toBeVisible();
});

test('close to the break, the countdown ticks every second', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Stretch break every').fill('10');
  await page.getByLabel('Stretch break every').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(countdown(page)).toHaveText(/^9 min, \d\d? sec$/);
  const first = await countdown(page).textContent();
  await expect(countdown(page)).not.toHaveText(first!, { timeout: 3_000 });
});
