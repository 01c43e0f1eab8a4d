import { execFileSync } from 'node:child_process';
import { seedHistory } from '../support/history-seed';
import { expect, test } from '../support/launch';

// Issue 22: leg and back pain week by week on History, in both themes at the three window sizes,
// and the clinician's one-page summary as printed (its PDF rendered to a PNG by pdftoppm), all
// committed in docs/screenshots/pain/.
const SIZES = [
  { width: 560, height: 520 },
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
] as const;

test('the twelve-week trend on History, and the printed summary', async ({ app }) => {
  test.slow();
  await seedHistory(app.userDataDir, 'twelve-weeks');
  const page = await app.relaunch();
  await page.getByRole('button', { name: 'History' }).click();
  const trend = page.getByRole('region', { name: 'Leg and back pain, week by week' });
  await expect(trend.getByRole('img', { name: /^Weekly leg and back pain/ })).toBeVisible();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await trend.screenshot({ path: `docs/screenshots/pain/trend-${theme}-${size.width}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  const section = page.getByRole('region', { name: 'For your physiotherapist or doctor' });
  await section.getByRole('button', { name: 'Save a summary (PDF)' }).click();
  const saved = section.getByRole('status');
  await expect(saved).toHaveText(/^Saved to /);
  const path = (await saved.textContent())!.replace('Saved to ', '');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', path, 'docs/screenshots/pain/summary-pdf']);
});
