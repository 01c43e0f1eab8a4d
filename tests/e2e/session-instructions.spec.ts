import { expect, test } from '../support/launch';
import { leadInMs, leadInText, startRoutine, timer, WINDOW_SIZES } from './session-helpers';

test.use({ fakeClock: true });

const firstStep = 'Slide your hips all the way to the back of the chair.';

test('the steps are open the first time an exercise comes up, and one click away after that', async ({ app }) => {
  const { page } = app;
  await startRoutine(page, 'Posture reset');
  await expect(page.getByText(firstStep)).toBeVisible();
  await page.clock.runFor(leadInMs('posture-reset') + 10_000 + 5_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Shoulder rolls' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Instructions' }).getByRole('listitem').first()).toBeVisible();
  await page.clock.runFor(leadInMs('posture-reset', 1) + 15_000);
  await page.getByRole('button', { name: 'Do it again' }).click();

  await expect(page.getByText('Posture reset · step 1 of 2')).toBeVisible();
  await expect(page.getByText(firstStep)).toBeHidden();
  await page.getByText('How to do it').click();
  await expect(page.getByText(firstStep)).toBeVisible();
});

for (const size of WINDOW_SIZES) {
  test(`at ${size.width}×${size.height}, "Ready" starts the hold at once, and the get-ready countdown can be held`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize(size);
    await startRoutine(page, 'Quick desk stretch');
    await expect(timer(page)).toHaveAccessibleName(`${leadInText('quick-desk-stretch')} seconds, Get ready`);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(60_000);
    await expect(timer(page)).toHaveAccessibleName(`${leadInText('quick-desk-stretch')} seconds, Paused`);
    const ready = page.getByRole('button', { name: 'Ready' });
    await expect(ready).toBeInViewport({ ratio: 1 });
    await ready.click();
    await expect(timer(page)).toHaveAccessibleName('15 seconds, Hold');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.clock.runFor(15_000);
    await expect(page.getByText('Next: Seated figure-four stretch', { exact: true }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Ready' }).click();
    await expect(page.getByText('Right ankle on left knee', { exact: true })).toBeVisible();
  });
}
