import { expect, test } from '../support/launch';

// Issue 22: the home walking card (a walk logged in the plan's unit) and the Settings cards for the
// walking goal (with the nudge switch) and the stretch times, in both themes at the three window
// sizes, committed in docs/screenshots/walking/.
const SIZES = [
  { width: 560, height: 520 },
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
] as const;

test('the walking card and the walking and stretch-time settings', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Log a walk').fill('0.2');
  await page.getByRole('button', { name: 'Log walk' }).click();
  await expect(page.getByText('0.2 of 0.5 miles')).toBeVisible();
  await page.evaluate(() => window.limber.updateSettings({ stretchTimes: [{ at: '13:30', routineId: 'quick-desk-stretch' }, { at: '17:00', routineId: 'sciatica-relief' }] }));
  const walkingCard = page.getByRole('region', { name: 'Walking today' });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await walkingCard.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `docs/screenshots/walking/home-${theme}-${size.width}.png` });
    }
  }
  await page.getByRole('button', { name: 'Settings' }).click();
  const goal = page.getByRole('group', { name: 'Walking goal' });
  const times = page.getByRole('group', { name: 'Stretch routine times' });
  await expect(times.getByLabel('Stretch time 2', { exact: true })).toHaveValue('17:00');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await goal.screenshot({ path: `docs/screenshots/walking/settings-goal-${theme}-${size.width}.png` });
      await times.screenshot({ path: `docs/screenshots/walking/settings-times-${theme}-${size.width}.png` });
    }
  }
});
