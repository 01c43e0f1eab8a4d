import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/launch';

test('the home screen offers a one-click stretch session', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Good (morning|afternoon|evening)/);
  await expect(page.getByRole('button', { name: 'Start a stretch session' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByText('every 45 min')).toBeVisible();
});

test('a settings change persists across a relaunch', async ({ app }) => {
  await app.page.getByRole('button', { name: 'Settings' }).click();
  const interval = app.page.getByLabel('Stretch break every');
  await expect(interval).toHaveValue('45');
  await interval.fill('50');
  await interval.press('Enter');
  await expect(app.page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const page = await app.relaunch();
  await expect(page.getByText('every 50 min')).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Stretch break every')).toHaveValue('50');
});

test('the tray can send the window to settings', async ({ app }) => {
  await app.navigate('settings');
  await expect(app.page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});

test('an invalid IPC call from the page gets a typed error and main stays up', async ({ app }) => {
  const results = await app.page.evaluate(async () => {
    const api = window.limber as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    return Promise.all([
      api['updateSettings']!({ stretchIntervalMin: 'a lot' }),
      api['updateSettings']!({ stretchIntervalMin: 30 }, 'extra'),
      api['updateSettings']!({ __proto__: { polluted: true }, theme: 'neon' }),
      api['openExternal']!('javascript:alert(1)'),
      api['dismissNotice']!(42),
    ]);
  });
  for (const result of results) {
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  }
  const first = results[0] as { error: { issues: Array<{ path: string; message: string }> } };
  expect(first.error.issues[0]).toMatchObject({ path: '0.stretchIntervalMin' });

  // Main is still answering, and nothing was saved.
  const settings = await app.page.evaluate(() => window.limber.getSettings());
  expect(settings).toMatchObject({ ok: true, value: { stretchIntervalMin: 45, theme: 'system' } });
});

for (const theme of ['light', 'dark'] as const) {
  test(`every screen is axe clean (${theme})`, async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: theme });
    await expect(app.page.getByRole('button', { name: 'Start a stretch session' })).toBeVisible();
    const home = await new AxeBuilder({ page: app.page }).analyze();
    expect(home.violations).toEqual([]);
    await app.page.getByRole('button', { name: 'Settings' }).click();
    await app.page.getByLabel('Stretch break every').fill('0');
    await expect(app.page.getByRole('alert')).toContainText('at least 10');
    const settings = await new AxeBuilder({ page: app.page }).analyze();
    expect(settings.violations).toEqual([]);
    // Each view is a chunk of its own: wait for its own heading, not the last view's, before judging it.
    for (const [view, title] of [['History', 'Your progress'], ['Safety', 'Safety and flare-ups']] as const) {
      await app.page.getByRole('button', { name: view, exact: true }).click();
      await expect(app.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      expect((await new AxeBuilder({ page: app.page }).analyze()).violations).toEqual([]);
    }
  });
}

test('the start-session shortcut is off until chosen, checked as typed, and saved', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  const field = page.getByLabel('Start stretch session shortcut');
  await expect(field).toHaveValue('');
  await field.fill('S');
  await expect(page.getByRole('alert')).toContainText('Leave it empty for no shortcut');
  // Two modifiers and a letter belong to editors and the desktop (settings/rules.ts): main refuses.
  await field.fill('CommandOrControl+Alt+S');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Ctrl+Alt+S would take that key from every other app');
  await field.fill('CommandOrControl+Alt+Shift+G');
  await field.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(await page.evaluate(() => window.limber.getSettings())).toMatchObject({ ok: true, value: { startShortcut: 'CommandOrControl+Alt+Shift+G' } });
  await field.fill('');
  await field.press('Enter');
  await expect.poll(async () => page.evaluate(() => window.limber.getSettings())).toMatchObject({ ok: true, value: { startShortcut: '' } });
});
