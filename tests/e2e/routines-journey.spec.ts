import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { samplePicture, SVG_WITH_SCRIPT } from '../support/image-bytes';
import { tabTo } from '../support/keyboard';
import { expect, test } from '../support/launch';
import { REMINDER_SIZE } from '../support/reminder-standin';

// Issue 24, the whole journey with the keyboard alone, axe-clean: an exercise with the person's own
// picture, a routine with it made the break routine, run from a stretch reminder, exported, deleted
// (picture and all), imported back after a preview, and run again.

const axeClean = async (page: Page, root: string) => expect((await new AxeBuilder({ page }).include(root).analyze()).violations).toEqual([]);
const press = async (page: Page, name: string | RegExp) => {
  await tabTo(page, page.getByRole('button', { name, exact: typeof name === 'string' }), 200);
  await page.keyboard.press('Enter');
};
/** As `press`, going back with Shift+Tab: for a control above the focus (the views' buttons, from low in Settings). */
const pressBack = async (page: Page, name: string) => {
  const target = page.getByRole('button', { name, exact: true });
  for (let i = 0; i < 200 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
};
const status = (page: Page) => page.getByRole('status').first();
/** The own picture, decoded and drawn: its alt text is the exercise's name. */
const expectPicture = async (page: Page, name: string) => {
  const picture = page.getByRole('img', { name, exact: true });
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((img) => img.tagName === 'IMG' && (img as HTMLImageElement).naturalWidth)).toBe(1024); // re-encoded at most 1024 px a side
};
/** Settings → Routine for stretch breaks: Home takes the first (a built-in), End the last (own routines come last). */
const breakRoutine = async (page: Page, key: 'Home' | 'End', expected: RegExp) => {
  await press(page, 'Settings');
  await tabTo(page, page.getByLabel('Routine for stretch breaks'), 200);
  await page.keyboard.press(key);
  await expect(page.getByLabel('Routine for stretch breaks').locator('option:checked')).toHaveText(expected);
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
};
const endSession = async (page: Page) => {
  await page.keyboard.press('Escape');
  await tabTo(page, page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^(Session ended|Session stopped)$/, level: 1 })).toBeVisible();
};

test('an own picture, through a routine run from a reminder, exported, deleted, imported back and run again', async ({ app }) => {
  const { page } = app;
  await mkdir(join(app.userDataDir, 'imports'), { recursive: true });

  await press(page, 'Routines');
  await press(page, 'New exercise');
  await tabTo(page, page.getByLabel('Exercise name'));
  await page.keyboard.type('Heel slide from my physio');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sit tall, both feet flat.\nSlide one heel forward slowly, then back.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Stop if the pain spreads down your leg.');
  // An SVG with a script, renamed: refused in plain words, and the figure chosen stays chosen.
  await writeFile(join(app.userDataDir, 'imports', 'chosen-image'), SVG_WITH_SCRIPT);
  await press(page, 'Choose your own picture…');
  await expect(page.getByRole('alert')).toHaveText('Only PNG, JPEG or WebP pictures can be used; this file is none of them.');
  await expect(page.getByRole('radio', { name: 'Sit-tall reset' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Your own picture' })).toHaveCount(0);
  // What the person picks next: a photo-sized PNG (main decodes nothing; the window re-encodes it).
  // The dialog is not modal: while it is open the person ticks "gentle" just above, and the
  // picture arriving afterwards keeps that.
  await writeFile(join(app.userDataDir, 'imports', 'chosen-image'), samplePicture(1200, 900));
  await writeFile(join(app.userDataDir, 'imports', 'dialog-open'), '');
  await page.keyboard.press('Enter'); // the button still has the focus
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await rm(join(app.userDataDir, 'imports', 'dialog-open'));
  await expect(page.getByText('Your picture is chosen; it is kept when you save.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Gentle enough for a flare-up/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Your own picture' })).toBeChecked();
  await expectPicture(page, 'Heel slide from my physio');
  await axeClean(page, '.routines-view');
  await press(page, 'Save');
  await expect(status(page)).toHaveText('Saved “Heel slide from my physio”.');
  // Stored as the window's re-encoded copy (WebP), never the picked file.
  const [stored] = await readdir(join(app.userDataDir, 'images'));
  const kept = await readFile(join(app.userDataDir, 'images', stored!));
  expect(kept.subarray(8, 12).toString('ascii')).toBe('WEBP');

  await press(page, 'New routine');
  await tabTo(page, page.getByLabel('Routine name'));
  await page.keyboard.type('My physio routine');
  await press(page, 'Add'); // the first choice is your own exercise
  await press(page, 'Save');
  await expect(status(page)).toHaveText('Saved “My physio routine”.');
  await breakRoutine(page, 'End', /^My physio routine/);

  // A stretch break falls due; its reminder's Start (Enter takes it) opens the break routine.
  const reminder = await app.remindAfter(46 * 60_000, REMINDER_SIZE);
  await expect(reminder.getByRole('button', { name: 'Start stretch' })).toBeVisible();
  await axeClean(reminder, 'body');
  await reminder.keyboard.press('Enter');
  await expect(page.getByText('My physio routine · step 1 of 1')).toBeVisible();
  await expectPicture(page, 'Heel slide from my physio');
  await axeClean(page, 'main');
  await reminder.close();
  await endSession(page);

  // Exported as one file, then deleted with its exercise. Limber never deletes a picture; the test
  // empties the pictures folder itself, so the picture can only come back from the file.
  await press(page, 'Routines');
  await press(page, 'Export My physio routine as a file');
  await expect(status(page)).toHaveText(/^Saved to .*\.limber-routine\.json\.$/);
  const path = (await status(page).textContent())!.replace(/^Saved to /, '').replace(/\.$/, '');
  await writeFile(join(app.userDataDir, 'imports', 'chosen.json'), await readFile(path, 'utf8'));
  await breakRoutine(page, 'Home', /^Stand and walk/); // the break routine cannot be deleted
  await pressBack(page, 'Routines');
  await press(page, 'Delete My physio routine');
  await expect(status(page)).toHaveText('Deleted “My physio routine”.');
  await press(page, 'Delete Heel slide from my physio');
  await expect(status(page)).toHaveText('Deleted “Heel slide from my physio”.');
  expect((await app.page.evaluate(() => window.limber.getOwnLibrary())) as unknown).toEqual({ ok: true, value: { version: 1, exercises: [], routines: [] } });
  await rm(join(app.userDataDir, 'images'), { recursive: true });

  // Imported back after a preview of what it adds, picture and all, and run again.
  await press(page, 'Choose a routine file…');
  await expect(page.getByText('This adds the routine “My physio routine” and 1 exercise of your own.')).toBeVisible();
  await expect(page.getByText("It brings 1 picture, checked and stored as Limber's own copies.")).toBeVisible();
  await axeClean(page, '.routines-view');
  await press(page, 'Add it');
  await expect(page.getByText('Added “My physio routine”.')).toBeVisible();
  expect(await readFile(join(app.userDataDir, 'images', stored!))).toEqual(kept);
  // Run again from Home, through the routine's preview, which shows the picture too.
  await pressBack(page, 'Home');
  await press(page, 'Open My physio routine');
  await expect(page.getByRole('heading', { level: 1, name: 'My physio routine' })).toBeVisible();
  await expectPicture(page, 'Heel slide from my physio');
  await expect(page.getByRole('button', { name: 'Start My physio routine' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('My physio routine · step 1 of 1')).toBeVisible();
  await expectPicture(page, 'Heel slide from my physio');
});
