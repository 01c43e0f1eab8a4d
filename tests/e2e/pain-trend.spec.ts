import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { seedHistory } from '../support/history-seed';
import { expect, test } from '../support/launch';

const SIZES = [
  { width: 560, height: 520 },
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
] as const;

const trendSection = (page: Page) => page.getByRole('region', { name: 'Leg and back pain, week by week' });
const trendTable = (page: Page) => trendSection(page).getByRole('table', { name: 'Weekly medians and answers' });

/** The trend table as shown: one array of cell texts per week, the week first. */
async function shownRows(page: Page): Promise<string[][]> {
  return trendTable(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => (cell.textContent ?? '').trim())));
}

test('twelve weeks: weekly leg and back medians with labelled axes, the meaningful drop marked, at every size, light and dark', async ({ app }) => {
  test.slow(); // three sizes, each checked by axe in light and dark
  await seedHistory(app.userDataDir, 'twelve-weeks');
  const page = await app.relaunch();
  await page.getByRole('button', { name: 'History' }).click();
  const chart = trendSection(page).getByRole('img', { name: /^Weekly leg and back pain over the last 12 weeks/ });
  await expect(chart).toBeVisible();

  const labels = await chart.locator('text').allTextContents();
  expect(labels).toEqual(expect.arrayContaining(['Pain (0–10)', 'Week starting', '0', '2', '4', '6', '8', '10']));
  const rows = await shownRows(page);
  expect(rows).toHaveLength(12);
  // Every other week is labelled on the axis, the newest always; their labels are the table's weeks.
  for (let i = rows.length - 1; i >= 0; i -= 2) expect(labels).toContain(rows[i]![0]);
  // The first two weeks were rated as one number, before leg and back were asked apart.
  expect(await trendTable(page).locator('thead th').allTextContents()).toEqual(['Week starting', 'Leg pain', 'Back pain', 'Pain (not split)', 'Sitting before leg pain', 'Walking']);
  expect(rows.slice(0, 2).map((r) => [r[1], r[2]])).toEqual([
    ['–', '–'],
    ['–', '–'],
  ]);
  expect(rows.slice(0, 2).every((r) => /^\d(\.5)?$/.test(r[3]!))).toBe(true);
  await expect(trendSection(page).getByText('Ratings from before leg and back pain were asked apart are shown as “pain (not split)”.')).toBeVisible();
  // Leg pain fell from about 7 to about 3: the change that matters is said and marked.
  const legLine = trendSection(page).locator('.trend-line').filter({ hasText: /^Leg pain:/ });
  await expect(legLine).toContainText('A meaningful improvement (a drop of 2 points or 30%).');
  expect(rows.some((r) => r[1]!.endsWith('(meaningful drop)'))).toBe(true);
  await expect(chart.locator('circle.trend-drop')).not.toHaveCount(0);
  // The function answers, week by week (the seed answers on weekdays only: a few weeks have none).
  const answered = rows.filter((r) => r[4] !== '–');
  expect(answered.length).toBeGreaterThan(6);
  expect(answered[0]![4]).toMatch(/^(Under 10 min|10 to 30 min)$/);
  expect(answered.at(-1)!.slice(4)).toEqual(['60 to 120 min', '30 to 60 min']);

  for (const size of SIZES) {
    await page.setViewportSize(size);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toBeInViewport();
    // The page never scrolls sideways; the table scrolls in its own region if it must.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${size.width}×${size.height}`).toBe(true);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).include('.pain-trend').analyze();
      expect(results.violations, `${size.width}×${size.height} ${colorScheme}`).toEqual([]);
    }
  }
});

test("the clinician's summary: a one-page PDF whose text holds the figures the screen shows, then opened", async ({ app }) => {
  test.slow(); // prints a PDF and reads it back
  await seedHistory(app.userDataDir, 'twelve-weeks');
  const page = await app.relaunch();
  await page.getByRole('button', { name: 'History' }).click();
  const rows = await shownRows(page);
  // Waited for: the trend's lines may be drawn a moment after the table's rows.
  await expect(trendSection(page).locator('.trend-line')).toHaveCount(2);
  const lines = await trendSection(page).locator('.trend-line').allTextContents();

  const section = page.getByRole('region', { name: 'For your physiotherapist or doctor' });
  await section.getByRole('button', { name: 'Save a summary (PDF)' }).click();
  const saved = section.getByRole('status');
  await expect(saved).toHaveText(/^Saved to .+\.pdf$/);
  const path = (await saved.textContent())!.replace('Saved to ', '');
  expect(statSync(path).size).toBeGreaterThan(1000);

  // Read back by a real PDF tool: one page, and the words and figures of the screen.
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Sciatica progress summary');
  expect(flat).toContain('All figures are self-reported by the person using Limber');
  for (const line of lines) expect(flat).toContain(line.trim());
  expect(flat).toContain('It covers 12 weeks');
  // Each week's row: the week, its leg and back medians (the meaningful drop marked), the answers.
  const pdfLines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  for (const [week, leg, back, unsplit, sit, walk] of rows) {
    // (The chart's axis labels also start a line with a week, so the row is found by its figures.)
    const expected = `${week} ${[leg, back, unsplit, sit, walk].join(' ')} `;
    expect(pdfLines.filter((l) => l.startsWith(`${week} `)).some((l) => l.startsWith(expected)), `the week of ${week}: ${expected}`).toBe(true);
  }
  // Sessions, the one stopped with "This hurt" and where, and the screening answers.
  expect(flat).toContain('Seated figure-four stretch: a session was stopped with “This hurt” 1 time');
  expect(flat).toContain('Painful side: right leg');
  expect(flat).toContain('No hip replacement');

  await section.getByRole('button', { name: 'Open the summary' }).click();
  await expect.poll(() => app.openedFiles).toEqual([path]);
  expect((await new AxeBuilder({ page }).include('section[aria-labelledby="summary-title"]').analyze()).violations).toEqual([]);
});
