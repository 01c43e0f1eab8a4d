import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { seedHistory } from '../support/history-seed';
import { expect, test } from '../support/launch';

async function expectAxeClean(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect((await new AxeBuilder({ page }).analyze()).violations, colorScheme).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The table's cells in one column, by its header text. */
async function column(page: Page, header: string): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Day by day' });
  const headers = await table.locator('thead th').allTextContents();
  const index = headers.indexOf(header);
  expect(index, `column "${header}"`).toBeGreaterThan(0);
  return table.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents();
}
const totalIn = async (page: Page, header: string) => {
  const headers = await page.getByRole('table', { name: 'Day by day' }).locator('thead th').allTextContents();
  return page.getByRole('table', { name: 'Day by day' }).locator(`tfoot td:nth-child(${headers.indexOf(header) + 1})`).textContent();
};
const fact = (page: Page, name: string) => page.locator('.facts div').filter({ has: page.getByText(name, { exact: true }) }).locator('dd');

test('no sessions yet: a sentence and a way to start, not empty axes over zeros', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'No stretch sessions yet' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Minutes stretched/ })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Day by day' })).toHaveCount(0);
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Start a stretch session' }).click();
  // The stretch routine chosen in settings starts, as from the home screen.
  await expect(page.getByRole('button', { name: 'This hurt — stop' })).toBeVisible();
});

test('a week: weekday labels, before and after marks, whole minutes, miles everywhere, range switch by keyboard', async ({ app }) => {
  await seedHistory(app.userDataDir, 'week');
  const page = await app.relaunch();
  await page.getByRole('button', { name: 'History' }).click();
  const chart = page.getByRole('img', { name: /Minutes stretched and pain/ });
  await expect(chart).toBeVisible();

  const weekdays = await page.evaluate(() =>
    Array.from({ length: 7 }, (_, i) => {
      const d = new Date();
      d.setDate(d.getDate() - 6 + i);
      return d.toLocaleDateString(undefined, { weekday: 'short' });
    }),
  );
  const labels = await chart.locator('text').allTextContents();
  for (const name of weekdays) expect(labels).toContain(name);
  expect(await page.getByRole('table', { name: 'Day by day' }).locator('tbody th').allTextContents()).toEqual(weekdays);
  expect(labels).toEqual(expect.arrayContaining(['Minutes stretched', 'Pain (0–10)', '0', '10']));

  // Every day was rated before and after: two distinct marks a day.
  await expect(chart.locator('circle.pain-before')).toHaveCount(7);
  await expect(chart.locator('path.pain-after')).toHaveCount(7);
  await expect(chart.locator('polyline')).toHaveCount(0);

  // Whole minutes, in the axis, the table and the total.
  for (const text of [...labels.filter((l) => /^\d/.test(l)), ...(await column(page, 'Minutes stretched'))]) expect(text).toMatch(/^\d+$/);
  await expect(page.getByRole('main').getByText(/\b\d+\.\d+ ?min/)).toHaveCount(0);

  // Walking in miles in the table, its total and the all-time figure, which agree.
  for (const cell of await column(page, 'Walked (miles)')) expect(cell).toMatch(/^\d+(\.\d)?$/);
  expect(await totalIn(page, 'Walked (miles)')).toBe(await fact(page, 'Miles walked').textContent());
  expect(await totalIn(page, 'Minutes stretched')).toBe(await fact(page, 'Minutes stretched').textContent());
  expect((await column(page, 'Missed reminders')).length).toBe(7);
  await expect(page.getByText(/On days with sitting recorded, you sat/)).toBeVisible();
  await expectAxeClean(page);

  // The range switch works from the keyboard alone.
  await page.getByRole('radio', { name: 'Week' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Month', exact: true })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'The last 30 days' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '3 months' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'The last 3 months' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '3 months' })).toBeFocused();
  // A month or more lists only the days with something recorded, by date.
  await expect(page.getByRole('table', { name: 'Day by day' }).locator('tbody tr')).toHaveCount(7);
});

test('two months: dates on the axis, totals that agree with the table, sitting trend, axe clean', async ({ app }) => {
  await seedHistory(app.userDataDir, 'two-months');
  const page = await app.relaunch();
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('radio', { name: 'Week' }).focus();
  await page.keyboard.press('ArrowLeft'); // wraps round to the last option
  await expect(page.getByRole('heading', { name: 'The last 3 months' })).toBeVisible();
  const chart = page.getByRole('img', { name: /Minutes stretched and pain/ });
  const today = await page.evaluate(() => new Date().toLocaleDateString(undefined, { day: 'numeric', month: 'short' }));
  const labels = await chart.locator('text').allTextContents();
  expect(labels).toContain(today);
  expect(labels.length).toBeLessThan(20);
  // The range covers all of the history, so the table's totals are the all-time figures.
  expect(await totalIn(page, 'Walked (miles)')).toBe(await fact(page, 'Miles walked').textContent());
  expect(await totalIn(page, 'Minutes stretched')).toBe(await fact(page, 'Minutes stretched').textContent());
  expect(await totalIn(page, 'Sessions')).toBe(await fact(page, 'Sessions').textContent());
  await expect(page.getByText(/than the two weeks before\.|On days with sitting recorded/)).toBeVisible();
  await expectAxeClean(page);
});
