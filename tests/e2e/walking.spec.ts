import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { tabTo } from '../support/keyboard';
import { expect, test } from '../support/launch';

// Issue 22: the home walking card logs in the plan's unit, a unit switch in Settings converts the
// plan, stretch times are picked in Settings, and a walk break logs what the person confirms.
// Keyboard only, and axe-clean.

const card = (page: Page) => page.getByRole('region', { name: 'Walking today' });
const settingsNow = (page: Page) => page.evaluate(() => window.limber.getSettings());

test('the home card logs a walk in the plan’s unit, with the keyboard alone', async ({ app }) => {
  const { page } = app;
  await expect(card(page).getByText('0 of 0.5 miles')).toBeVisible();
  const amount = page.getByLabel('Log a walk');
  await tabTo(page, amount);
  await page.keyboard.type('0.2');
  await page.keyboard.press('Tab');
  await expect(card(page).getByLabel('Unit')).toBeFocused();
  await expect(card(page).getByLabel('Unit')).toHaveValue('mi');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(card(page).getByText('Walk logged: 0.2 miles.')).toBeVisible();
  await expect(card(page).getByText('0.2 of 0.5 miles')).toBeVisible();
  expect((await new AxeBuilder({ page }).include('.walking').analyze()).violations).toEqual([]);
});

test('switching the plan to minutes converts it (0.5 mi → 10 min, 3 mi → 60 min); stretch times are picked and removed', async ({ app }) => {
  const { page } = app;
  await tabTo(page, page.getByRole('button', { name: 'Settings' }));
  await page.keyboard.press('Enter');
  const measure = page.getByLabel('Measure walks in');
  await tabTo(page, measure, 120);
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => ((await settingsNow(page)) as { value: { walkingPlan: unknown } }).value.walkingPlan).toMatchObject({ unit: 'min', startDaily: 10, target: 60, ramp: { goal: 10 } });
  await expect(page.getByLabel('Starting daily goal')).toHaveValue('10');
  await expect(page.getByLabel('Target per day')).toHaveValue('60');

  // Stretch times: none yet; add the suggested after-lunch one, switch it to the floor routine, add after work.
  await expect(page.getByText('No stretch times yet: every break offers your usual routine.')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Add a stretch time' }), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Stretch time 1', { exact: true })).toHaveValue('13:30');
  await tabTo(page, page.getByLabel('Routine at stretch time 1'));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByRole('button', { name: 'Add a stretch time' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Stretch time 2', { exact: true })).toHaveValue('17:00');
  await expect(page.getByText('Two stretch times is the most: remove one to add another.')).toBeVisible();
  await expect.poll(async () => ((await settingsNow(page)) as { value: { stretchTimes: unknown } }).value.stretchTimes).toEqual([
    { at: '13:30', routineId: 'sciatica-relief' },
    { at: '17:00', routineId: 'sciatica-relief' },
  ]);
  expect((await new AxeBuilder({ page }).include('.stretch-times').analyze()).violations).toEqual([]);
  await tabTo(page, page.getByRole('button', { name: 'Remove stretch time 1' }));
  await page.keyboard.press('Enter');
  await expect.poll(async () => ((await settingsNow(page)) as { value: { stretchTimes: unknown } }).value.stretchTimes).toEqual([{ at: '17:00', routineId: 'sciatica-relief' }]);

  // The walking nudge can be turned off.
  await tabTo(page, page.getByLabel('Suggest a short walk'), 120);
  await page.keyboard.press('Space');
  await expect.poll(async () => ((await settingsNow(page)) as { value: { walkingNudge: boolean } }).value.walkingNudge).toBe(false);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Home now says minutes, never "0 of 0.5 minutes".
  await tabTo(page, page.getByRole('button', { name: 'Home' }), 200);
  await page.keyboard.press('Enter');
  await expect(card(page).getByText('0 of 10 minutes')).toBeVisible();
  await expect(card(page)).toContainText('building toward 60 minutes a day');
  await expect(card(page).getByLabel('Unit')).toHaveValue('min');
});

test.describe('on a test clock', () => {
  test.use({ fakeClock: true });

  test('a walk break logs the minutes the person confirms', async ({ app }) => {
    const { page } = app;
    await page.evaluate(() => window.limber.updateSettings({ soundsEnabled: false, voiceEnabled: false }));
    await page.getByRole('button', { name: 'Open Walk break' }).click();
    await page.getByRole('button', { name: 'Start Walk break' }).click();
    await page.getByRole('button', { name: 'Ready' }).click();
    await page.clock.runFor(6 * 60_000);
    await expect(page.getByRole('heading', { name: 'How long did you walk?' })).toBeVisible();
    const minutes = page.getByLabel('Minutes walked');
    await expect(minutes).toHaveValue('5');
    await tabTo(page, minutes);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Walk logged: 3 minutes.')).toBeVisible();
    expect((await new AxeBuilder({ page }).include('.walk-confirm').analyze()).violations).toEqual([]);
    // 3 minutes at 20 minutes a mile, in the plan's miles.
    const summary = (await page.evaluate(() => window.limber.getHistorySummary())) as { value: { walking: { walked: number } } };
    expect(summary.value.walking.walked).toBe(0.15);
  });
});
