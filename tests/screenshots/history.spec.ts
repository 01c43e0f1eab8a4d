import { seedHistory } from '../support/history-seed';
import { expect, test } from '../support/launch';

// Every history state in both themes at both window sizes, for review in test-results/; the
// telling ones also go to docs/screenshots.
const DOCS: Record<string, string> = {
  'empty-light-1280': 'history-empty',
  'week-light-1280': 'history-week',
  'week-dark-800': 'history-week-dark-small',
  'months-dark-1280': 'history-months-dark',
};
const SIZES = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
] as const;

for (const data of ['empty', 'week', 'months'] as const) {
  test(`history ${data}`, async ({ app }) => {
    let page = app.page;
    if (data !== 'empty') {
      await seedHistory(app.userDataDir, data === 'week' ? 'week' : 'two-months');
      page = await app.relaunch();
    }
    await page.getByRole('button', { name: 'History' }).click();
    if (data === 'months') await page.getByText('3 months', { exact: true }).click();
    await expect(page.getByRole('heading', { name: data === 'empty' ? 'No stretch sessions yet' : /^The last/ })).toBeVisible();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        const name = `${data}-${theme}-${size.width}`;
        await page.screenshot({ path: `test-results/history-shots/${name}.png` });
        if (DOCS[name]) await page.screenshot({ path: `docs/screenshots/${DOCS[name]}.png`, fullPage: true });
      }
    }
  });
}
