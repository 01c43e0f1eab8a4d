import type { Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tabTo } from '../support/keyboard';
import { expect, test } from '../support/launch';

// Typed settings are saved when finished (Enter or leaving the field), never while typing.
// Every test here drives the window with the keyboard only.

async function openSettings(page: Page): Promise<Locator> {
  await tabTo(page, page.getByRole('button', { name: 'Settings' }));
  await page.keyboard.press('Enter');
  const interval = page.getByLabel('Stretch break every');
  await tabTo(page, interval);
  return interval;
}

/** Every stretch interval main saves, in order, as pushed to the window. */
async function recordSavedIntervals(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { __saved: number[] }).__saved = seen;
    window.limber.onSettingsChanged((s) => seen.push(s.stretchIntervalMin));
  });
  return () => page.evaluate(() => (window as unknown as { __saved: number[] }).__saved);
}

const fieldStatus = (page: Page) => page.locator('#field-stretchIntervalMin-status');
const fieldError = (page: Page) => page.locator('#field-stretchIntervalMin-error');

test('typing 150 saves only 150, and only when Enter is pressed', async ({ app }) => {
  const { page } = app;
  const saved = await recordSavedIntervals(page);
  const interval = await openSettings(page);
  await page.keyboard.press('ControlOrMeta+A');
  // Slowly, so a save on any pause in typing would show up.
  await page.keyboard.type('150', { delay: 400 });
  await expect(fieldStatus(page)).toHaveText('Not saved yet: Enter saves, Esc undoes.');
  expect(await saved()).toEqual([]);
  expect(await page.evaluate(() => window.limber.getSettings())).toMatchObject({
    ok: true,
    value: { stretchIntervalMin: 45 },
  });

  await page.keyboard.press('Enter');
  await expect(fieldStatus(page)).toHaveText('Saved.');
  await expect(interval).toBeFocused();
  expect(await saved()).toEqual([150]);
  expect(await page.evaluate(() => window.limber.getSettings())).toMatchObject({
    ok: true,
    value: { stretchIntervalMin: 150 },
  });
});

test('100000 shows the error, is never saved, and "Saved." never appears beside it', async ({ app }) => {
  const { page } = app;
  const interval = await openSettings(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  await expect(fieldStatus(page)).toHaveText('Saved.');
  const saved = await recordSavedIntervals(page);

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('100000', { delay: 150 });
  await expect(fieldError(page)).toHaveText('Stretch break interval can be at most 240 minutes.');
  await expect(page.getByRole('alert')).toHaveText('Stretch break interval can be at most 240 minutes.');
  await expect(interval).toHaveAttribute('aria-invalid', 'true');
  await expect(fieldStatus(page)).toHaveText('');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // leaving the field does not save it either
  await expect(fieldError(page)).toHaveText('Stretch break interval can be at most 240 minutes.');
  await expect(page.getByText('Saved.')).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  expect(await saved()).toEqual([]);

  await tabTo(page, page.getByRole('button', { name: 'Home' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('every 30 min')).toBeVisible();
});

test('leaving the field saves a finished value; Esc puts the saved one back', async ({ app }) => {
  const { page } = app;
  const saved = await recordSavedIntervals(page);
  const interval = await openSettings(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('60');
  await page.keyboard.press('Escape');
  await expect(interval).toHaveValue('45');
  await expect(fieldStatus(page)).toHaveText('');

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('50');
  await page.keyboard.press('Tab');
  await expect(fieldStatus(page)).toHaveText('Saved.');
  expect(await saved()).toEqual([50]);
});

test('when main cannot save, its reason is shown, never "Saved.", and the typing is kept', async ({ app }) => {
  const { page } = app;
  const interval = await openSettings(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('150');
  // The form and main share one schema, so a refusal needs a failure main cannot help: the
  // settings file replaced by a folder, so writing it fails (even as root).
  const file = join(app.userDataDir, 'settings.json');
  const original = await readFile(file, 'utf8');
  await rm(file);
  await mkdir(join(file, 'blocked'), { recursive: true });
  await page.keyboard.press('Enter');
  await expect(fieldError(page)).toHaveText('Not saved: Limber could not complete that just now. Nothing was changed.');
  await expect(fieldStatus(page)).toHaveText('');
  await expect(page.getByText('Saved.')).toHaveCount(0);
  await expect(interval).toHaveValue('150');

  await rm(file, { recursive: true });
  await writeFile(file, original);
  await page.keyboard.press('Enter');
  await expect(fieldStatus(page)).toHaveText('Saved.');
  await expect(fieldError(page)).toHaveText('');
});

test("a shortcut is saved when finished, never a shorter one on the way; main's refusal is shown in its words", async ({
  app,
}) => {
  const { page } = app;
  await openSettings(page);
  await tabTo(page, page.getByLabel('Focus mode shortcut'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Ctrl+Shift+F1', { delay: 100 }); // "Ctrl+Shift+F" on the way is valid too
  await expect(page.locator('#field-focusShortcut-status')).toHaveText('Not saved yet: Enter saves, Esc undoes.');
  expect(await page.evaluate(() => window.limber.getSettings())).toMatchObject({
    ok: true,
    value: { focusShortcut: '' }, // off until the user picks one
  });
  await page.keyboard.press('Enter');
  await expect(page.locator('#field-focusShortcut-status')).toHaveText('Saved.');
  expect(await page.evaluate(() => window.limber.getSettings())).toMatchObject({
    ok: true,
    value: { focusShortcut: 'Ctrl+Shift+F1' },
  });

  // Well formed, but a key the desktop owns: main refuses (checkSettingsPatch), and says why.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Ctrl+Alt+F1');
  await page.keyboard.press('Enter');
  await expect(page.locator('#field-focusShortcut-error')).toContainText('Ctrl+Alt+F1 is a well-known shortcut');
  await expect(page.locator('#field-focusShortcut-status')).toHaveText('');
  expect(await page.evaluate(() => window.limber.getSettings())).toMatchObject({
    ok: true,
    value: { focusShortcut: 'Ctrl+Shift+F1' },
  });
});

test('the walking goal is saved when finished, and a start above the target is refused in words', async ({ app }) => {
  const { page } = app;
  await openSettings(page);
  const start = page.getByLabel('Starting daily goal');
  await tabTo(page, start);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('5');
  await expect(page.locator('#walk-startDaily-status')).toHaveText('Not saved yet: Enter saves, Esc undoes.');
  await page.keyboard.press('Enter');
  await expect(page.locator('#walk-startDaily-error')).toHaveText(
    'Not saved: The target must be at least the starting goal.',
  );

  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await expect(page.locator('#walk-target-status')).toHaveText('Saved.');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#walk-startDaily-status')).toHaveText('Saved.');
  expect(await page.evaluate(() => window.limber.getSettings())).toMatchObject({
    ok: true,
    value: { walkingPlan: { startDaily: 5, target: 10, unit: 'mi' } },
  });
});
