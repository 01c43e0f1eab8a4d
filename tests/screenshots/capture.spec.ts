import { expect, test } from '../support/launch';

// Not assertions about looks: these write the README's and docs' pictures from the real build.
const shot = (name: string) => `docs/screenshots/${name}.png`;

test('home', async ({ app }) => {
  await expect(app.page.getByRole('button', { name: 'Start a stretch session' })).toBeVisible();
  await app.page.screenshot({ path: shot('home-light') });
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await app.page.screenshot({ path: shot('home-dark') });
});

test.describe('settings', () => {
  // As main does: the "Calls and presentations" card shows what this machine's probes can tell.
  test.use({ presenceProbes: true });
  test('settings with a validation message', async ({ app }) => {
    await app.page.getByRole('button', { name: 'Settings' }).click();
    await app.page.getByLabel('Posture check every').fill('0');
    await expect(app.page.getByRole('alert')).toBeVisible();
    await expect(app.page.getByText('Checking…')).toHaveCount(0);
    await app.page.screenshot({ path: shot('settings-validation'), fullPage: true });
  });
});

test.describe('first run', () => {
  test.use({ firstRun: true });
  test('first-run notice', async ({ app }) => {
    await expect(app.page.getByRole('dialog', { name: 'Before you start' })).toBeVisible();
    await app.page.screenshot({ path: shot('first-run') });
  });
});

test('safety in dark mode', async ({ app }) => {
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await app.page.getByRole('button', { name: 'Safety' }).click();
  await app.page.getByRole('button', { name: "I'm in a flare-up" }).click();
  await app.page.getByRole('button', { name: 'None of these: start flare-up mode' }).click();
  await expect(app.page.getByText('Day 1 of 7:')).toBeVisible();
  await app.page.screenshot({ path: shot('safety-dark'), fullPage: true });
});

for (const theme of ['light', 'dark'] as const) {
  test(`player mid-hold (${theme})`, async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await app.page.getByRole('button', { name: 'Open Sciatica relief' }).click();
    await app.page.getByRole('button', { name: 'Start Sciatica relief' }).click();
    await expect(app.page.getByRole('heading', { name: 'Piriformis stretch (on the floor)' })).toBeVisible();
    await app.page.keyboard.press('ArrowRight'); // past get-ready, into the first hold
    await app.page.waitForTimeout(1200);
    await app.page.screenshot({ path: shot(`player-${theme}`), fullPage: true });
  });
}

test.describe('with the page clock', () => {
  test.use({ fakeClock: true });

  test('finish screen', async ({ app }) => {
    // Timed lead-ins: the floor view's wait for Ready, which nobody presses here.
    await app.page.evaluate(() => window.limber.updateSettings({ floorMode: false }));
    await app.page.getByRole('button', { name: 'Open Sciatica relief' }).click();
    await app.page.getByRole('button', { name: 'Start Sciatica relief' }).click();
    // The whole routine as planned (about 9 min with its lead-ins), and a minute to spare.
    await app.page.clock.runFor(600_000);
    await expect(app.page.getByRole('heading', { name: 'Well done' })).toBeVisible();
    await app.page.screenshot({ path: shot('finish'), fullPage: true });
  });
});

test.describe('history', () => {
  test.use({ fakeClock: true });
  test('history with a chart', async ({ app }) => {
    const { page } = app;
    for (const [before, after] of [
      [6, 4],
      [5, 3],
    ] as const) {
      await page.getByRole('button', { name: 'Open Posture reset' }).click();
      await page.getByRole('button', { name: 'Start Posture reset' }).click();
      await page.getByRole('group', { name: /Leg pain right now/ }).getByRole('radio', { name: String(before), exact: true }).check();
      await page.clock.runFor(60_000);
      await page.getByRole('group', { name: /leg pain now/i }).getByRole('radio', { name: String(after), exact: true }).check();
      await page.getByRole('button', { name: 'Back to home' }).click();
    }
    await page.getByLabel('Log a walk').fill('25');
    await page.getByLabel('Unit').selectOption('min');
    await page.getByRole('button', { name: 'Log walk' }).click();
    await page.getByRole('button', { name: 'History' }).click();
    await expect(page.getByRole('heading', { name: 'The last 7 days' })).toBeVisible();
    await page.screenshot({ path: shot('history'), fullPage: true });
  });
});
