import { expect, test } from '../support/launch';

// Not assertions about looks: these write the README's and docs' pictures from the real build.
const shot = (name: string) => `docs/screenshots/${name}.png`;

test('home', async ({ app }) => {
  await expect(app.page.getByRole('button', { name: 'Start a stretch session' })).toBeVisible();
  await app.page.screenshot({ path: shot('home-light') });
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await app.page.screenshot({ path: shot('home-dark') });
});

test('settings with a validation message', async ({ app }) => {
  await app.page.getByRole('button', { name: 'Settings' }).click();
  await app.page.getByLabel('Posture check every').fill('0');
  await expect(app.page.getByRole('alert')).toBeVisible();
  await app.page.screenshot({ path: shot('settings-validation'), fullPage: true });
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
  await expect(app.page.getByText('Resting:')).toBeVisible();
  await app.page.screenshot({ path: shot('safety-dark'), fullPage: true });
});
