import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { tabTo } from '../support/keyboard';
import { expect, test } from '../support/launch';
import { historyRecords } from './session-helpers';

async function expectAxeClean(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect((await new AxeBuilder({ page }).analyze()).violations, colorScheme).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Tab into a rating group (it lands on 0, nothing chosen yet), then arrow to `value`. */
async function rate(page: Page, group: RegExp, value: number) {
  const scale = page.getByRole('group', { name: group });
  await tabTo(page, scale.getByRole('radio', { name: '0', exact: true }));
  await page.keyboard.press('Space');
  for (let i = 0; i < value; i++) await page.keyboard.press('ArrowRight');
  await expect(scale.getByRole('radio', { name: String(value), exact: true })).toBeChecked();
}

test.describe('with the page clock', () => {
  test.use({ fakeClock: true });

  test('leg and back pain before and after a session, and the weekly questions, with the keyboard alone', async ({ app }) => {
    test.slow(); // three screens, each checked by axe in light and dark
    const { page } = app;
    await tabTo(page, page.getByRole('button', { name: 'Open Posture reset' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Start Posture reset' })).toBeFocused();
    await page.keyboard.press('Enter');
    await rate(page, /^Leg pain right now/, 7);
    await rate(page, /^Back pain right now/, 3);
    await expectAxeClean(page);
    await page.clock.runFor(90_000); // Posture reset is 70 s
    await expect(page.getByRole('heading', { name: 'Well done' })).toBeFocused();
    // The finish screen names what was said before.
    await rate(page, /^Leg pain now\? You said 7 before/, 4);
    await rate(page, /^Back pain now\? You said 3 before/, 2);

    // The weekly questions, below the ratings: a card, not a dialog.
    const questions = page.getByRole('region', { name: 'Two questions for this week' });
    await expect(questions).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await tabTo(page, questions.getByRole('button', { name: 'Save answers' }));
    await page.keyboard.press('Enter');
    await expect(questions.getByText('Choose an answer to both questions.')).toBeVisible();
    await tabTo(page, questions.getByRole('radio', { name: 'Under 10 min' }));
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(questions.getByRole('radio', { name: '10 to 30 min' })).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(questions.getByRole('radio', { name: '15 to 30 min' })).toBeChecked();
    await expectAxeClean(page);
    await tabTo(page, questions.getByRole('button', { name: 'Save answers' }));
    await page.keyboard.press('Enter');
    await expect(questions.getByRole('status')).toHaveText('Saved. Limber asks again in a week.');

    const records = await historyRecords(app.userDataDir);
    const pains = records.filter((r) => r['kind'] === 'pain').map((r) => [r['when'], r['site'], r['rating']]);
    expect(pains.sort()).toEqual([
      ['after', 'back', 2],
      ['after', 'leg', 4],
      ['before', 'back', 3],
      ['before', 'leg', 7],
    ]);
    expect(records.filter((r) => r['kind'] === 'function').map((r) => [r['sit'], r['walk']])).toEqual([['10-30', '15-30']]);

    // History: one week of ratings is too little for a trend, and it says so; the questions are answered.
    await tabTo(page, page.getByRole('button', { name: 'History' }));
    await page.keyboard.press('Enter');
    const trend = page.getByRole('region', { name: 'Leg and back pain, week by week' });
    await expect(trend.getByText(/^Too little data for a trend yet/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Two questions for this week' })).toHaveCount(0);
    const row = trend.getByRole('table', { name: 'Weekly medians and answers' }).locator('tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row.locator('td')).toHaveText(['7', '3', '10 to 30 min', '15 to 30 min']);
    await expectAxeClean(page);
  });
});

test('"Not this week" puts the questions away, and they stay away after a restart', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'History' }).click();
  const questions = page.getByRole('region', { name: 'Two questions for this week' });
  await expect(questions).toBeVisible();
  await questions.getByRole('button', { name: 'Not this week' }).click();
  await expect(questions).toHaveCount(0);
  const again = await app.relaunch();
  await again.getByRole('button', { name: 'History' }).click();
  await expect(again.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  await expect(again.getByRole('region', { name: 'Two questions for this week' })).toHaveCount(0);
});
