import { expect, test } from '../support/launch';
import { countWakes, setHidden, settle, total, wakesOver } from '../support/wake-counter';

// A home screen left open all day should sleep between the moments its text changes.
test.use({ fakeClock: true });

test('home wakes at most twice a minute while the countdown shows whole minutes', async ({ app }) => {
  const { page } = app;
  await countWakes(page);
  const countdown = page.getByRole('timer');
  await expect(countdown).toHaveText('45 min');
  await settle(page); // start-up's late answers are not part of the minute

  const minute = await wakesOver(page, 60_000);
  await expect(countdown).toHaveText('44 min'); // the minute really passed, and was shown
  expect(total(minute), JSON.stringify(minute)).toBeGreaterThanOrEqual(1);
  expect(total(minute), JSON.stringify(minute)).toBeLessThanOrEqual(2);

  // Five more minutes (the posture check, 20 min away at the start, still shows whole minutes).
  const fiveMinutes = await wakesOver(page, 300_000);
  await expect(countdown).toHaveText('39 min');
  await expect(page.getByText('Posture check in 14 min')).toBeVisible();
  expect(total(fiveMinutes), JSON.stringify(fiveMinutes)).toBeLessThanOrEqual(10);
});

test('hidden, home does not wake at all; shown again, it is right at once', async ({ app }) => {
  const { page } = app;
  await countWakes(page);
  await expect(page.getByRole('timer')).toHaveText('45 min');
  await settle(page);
  await setHidden(page, true);
  expect(total(await wakesOver(page, 300_000))).toBe(0);
  await setHidden(page, false);
  await expect(page.getByRole('timer')).toHaveText('40 min');
});

test('close to the break, home wakes once a second, not more', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Stretch break every').fill('10');
  await page.getByLabel('Stretch break every').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await countWakes(page);
  await expect(page.getByRole('timer')).toHaveText(/^9 min, \d\d? sec$/);
  await settle(page, 1); // it ticks once a second here
  const minute = await wakesOver(page, 60_000);
  expect(total(minute), JSON.stringify(minute)).toBeGreaterThanOrEqual(59);
  expect(total(minute), JSON.stringify(minute)).toBeLessThanOrEqual(61);
});
