import AxeBuilder from '@axe-core/playwright';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/launch';

test('bad values get a clear message next to the field and are never saved', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  const interval = page.getByLabel('Stretch break every');
  for (const [text, message] of [
    ['0', 'Stretch break interval must be at least 10 minutes.'],
    ['-5', 'Stretch break interval must be at least 10 minutes.'],
    ['ten', 'Use digits only, for example 45.'],
    ['99999', 'Stretch break interval can be at most 240 minutes.'],
    ['', 'Enter a number of minutes.'],
  ] as const) {
    await interval.fill(text);
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(interval).toHaveAttribute('aria-invalid', 'true');
  }
  // A working day that ends before it starts.
  await page.getByLabel('Only remind me during my working hours').check();
  await page.getByLabel('Monday to').fill('08:00');
  await expect(page.getByRole('alert').filter({ hasText: 'Monday' })).toHaveText('Monday: The end time must be after the start time.');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const saved = await page.evaluate(() => window.limber.getSettings());
  expect(saved).toMatchObject({ ok: true, value: { stretchIntervalMin: 45 } });
  const page2 = await app.relaunch();
  await page2.getByRole('button', { name: 'Settings' }).click();
  await expect(page2.getByLabel('Stretch break every')).toHaveValue('45');
  await expect(page2.getByLabel('Monday to')).toHaveValue('17:30');
});

test.describe('with the page clock', () => {
  test.use({ fakeClock: true });

  test('a pain rating before and after a session shows on the history chart', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open Posture reset' }).click();
    await page.getByRole('button', { name: 'Start Posture reset' }).click();
    await page.getByRole('group', { name: /Leg pain right now/ }).getByRole('radio', { name: '7', exact: true }).check();
    await page.clock.runFor(90_000); // Posture reset is 70 s, its steps read aloud before each move
    await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
    await page.getByRole('group', { name: /leg pain now/i }).getByRole('radio', { name: '4', exact: true }).check();
    await page.getByRole('button', { name: 'Back to home' }).click();
    await page.getByRole('button', { name: 'History' }).click();
    await expect(page.getByText('On average your pain was 3 points lower after a session.')).toBeVisible();
    await expect(page.getByRole('img', { name: /pain before 7, after 4/ })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});

test('log a walk and see progress toward the goal; nonsense is refused', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('0 of 0.5 miles')).toBeVisible();
  await page.getByLabel('Log a walk').fill('lots');
  await page.getByRole('button', { name: 'Log walk' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter how far or how long you walked, for example 15.');
  await page.getByLabel('Log a walk').fill('0.4');
  await page.getByLabel('Unit').selectOption('mi');
  await page.getByRole('button', { name: 'Log walk' }).click();
  await expect(page.getByText('0.4 of 0.5 miles')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Walking goal today' })).toHaveAttribute('aria-valuenow', '0.4');
});

test('export everything, then re-import it: a preview first, duplicates skipped, bad files refused', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Log a walk').fill('20');
  await page.getByLabel('Unit').selectOption('min');
  await page.getByRole('button', { name: 'Log walk' }).click();
  await expect(page.getByText('Walk logged: 20 minutes.')).toBeVisible();
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('button', { name: 'Export everything (JSON)' }).click();
  const saved = page.getByText(/^Saved to /);
  await expect(saved).toBeVisible();
  const path = (await saved.textContent())!.replace('Saved to ', '');
  const exported = JSON.parse(await readFile(path, 'utf8')) as { settings: Record<string, unknown>; history: unknown[] };
  expect(exported.history).toHaveLength(1);

  // Nothing chosen in main's open dialog: nothing happens, nothing is said.
  const importButton = page.getByRole('button', { name: 'Import from JSON…' });
  await importButton.click();
  await expect(page.getByRole('region', { name: 'Import preview' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Change a setting in the file and a system-wide one, and re-import it: main reads the chosen file.
  const chosen = join(app.userDataDir, 'imports', 'chosen.json');
  await mkdir(join(app.userDataDir, 'imports'), { recursive: true });
  exported.settings['stretchIntervalMin'] = 55;
  exported.settings['startShortcut'] = 'Control+Alt+Shift+G';
  await writeFile(chosen, JSON.stringify(exported));
  await importButton.click();
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('adds 0 history entries (1 already here is skipped) and changes 2 settings.');
  await expect(preview).toContainText('stretchIntervalMin: 45 → 55');
  await expect(preview).toContainText('Outside Limber, this import also:');
  await expect(preview.getByRole('listitem').filter({ hasText: 'sets the start-session shortcut Control+Alt+Shift+G' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('Imported: 0 history entries, 2 settings.')).toBeVisible();

  // A broken file: every problem listed, nothing applied.
  exported.settings['stretchIntervalMin'] = 0;
  await writeFile(chosen, JSON.stringify(exported));
  await importButton.click();
  await expect(page.getByRole('alert')).toContainText('Nothing was imported.');
  await expect(page.getByRole('alert')).toContainText('settings.stretchIntervalMin: Stretch break interval must be at least 10 minutes.');
  const settings = await page.evaluate(() => window.limber.getSettings());
  expect(settings).toMatchObject({ ok: true, value: { stretchIntervalMin: 55 } });
});

test.describe('a corrupt settings file', () => {
  test('the app starts, says so once, keeps the bad file and keeps history', async ({ app }) => {
    const { page } = app;
    await page.getByLabel('Log a walk').fill('10');
    await page.getByLabel('Unit').selectOption('min');
    await page.getByRole('button', { name: 'Log walk' }).click();
    await expect(page.getByText('Walk logged: 10 minutes.')).toBeVisible();
    await writeFile(join(app.userDataDir, 'settings.json'), '{"stretchIntervalMin": 4');

    const page2 = await app.relaunch();
    // Settings went back to defaults, so the safety notice is shown again before anything else.
    await page2.getByRole('dialog', { name: 'Before you start' }).getByRole('button', { name: "I understand, let's begin" }).click();
    await page2.getByRole('dialog', { name: 'A few safety questions' }).getByRole('button', { name: 'Skip for now' }).click();
    const notice = page2.getByRole('alert').filter({ hasText: 'Your settings file could not be read' });
    await expect(notice).toBeVisible();
    await expect(page2.getByText('0.5 of 0.5 miles')).toBeVisible(); // history survived: 10 brisk minutes ≈ 0.5 mi
    expect((await readdir(app.userDataDir)).some((f) => f.startsWith('settings.corrupt-'))).toBe(true);
    await notice.getByRole('button', { name: 'Got it' }).click();
    await expect(notice).toBeHidden();
  });
});
