import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { tabTo } from '../support/keyboard';
import { expect, test } from '../support/launch';

// Issue 24: a person builds their physiotherapist's routine in the window with the keyboard alone
// — an own exercise with a figure, a routine of it and a catalogue move with its own hold — finds it
// offered as the break routine in Settings, and starts it. Axe-clean on every screen.

const axeClean = async (page: Page) => expect((await new AxeBuilder({ page }).include('.routines-view').analyze()).violations).toEqual([]);
const press = async (page: Page, name: string | RegExp) => {
  await tabTo(page, page.getByRole('button', { name, exact: typeof name === 'string' }), 200);
  await page.keyboard.press('Enter');
};
const library = (page: Page) => page.evaluate(() => window.limber.getOwnLibrary()) as Promise<{ value: { exercises: Array<{ id: string; name: string }>; routines: Array<{ id: string; name: string; steps: unknown[] }> } }>;

test('make an exercise and a routine with the keyboard, offered as the break routine, and start it', async ({ app }) => {
  const { page } = app;
  await press(page, 'Routines');
  await expect(page.getByRole('heading', { name: 'Your routines', level: 1 })).toBeVisible();
  await axeClean(page);

  // An own exercise: name, steps, stop line, a figure from the pose library, both sides.
  await press(page, 'New exercise');
  await expect(page.getByText('cannot judge this exercise')).toBeVisible();
  await tabTo(page, page.getByLabel('Exercise name'));
  await page.keyboard.type('Knee straightening <b>');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sit tall at the front of the chair.\nStraighten one knee slowly.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Stop if the pain spreads down your leg.');
  // A radio group is one Tab stop: arrows choose within it.
  await tabTo(page, page.getByRole('radio', { name: 'Once (no sides)' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Both sides' })).toBeChecked();
  await expect(page.getByLabel('Name of side 1')).toHaveValue('Right side');
  await tabTo(page, page.getByLabel('Hold (seconds)'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('500');
  await tabTo(page, page.getByRole('radio', { name: 'Sit-tall reset' }));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft'); // Heel-down, standing, seated hamstring
  await expect(page.getByRole('radio', { name: 'Seated hamstring stretch' })).toBeChecked();
  await axeClean(page);
  await press(page, 'Save');
  // A hold out of bounds is refused in plain words, and nothing is stored.
  await expect(page.getByRole('alert')).toHaveText('A hold lasts between 5 and 300 seconds, in whole seconds.');
  expect((await library(page)).value.exercises).toEqual([]);
  await tabTo(page, page.getByLabel('Hold (seconds)'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('20');
  await press(page, 'Save');
  await expect(page.getByRole('status').first()).toHaveText('Saved “Knee straightening <b>”.');
  await expect(page.getByText('From you or your clinician')).toBeVisible();

  // A routine: the own exercise, then a catalogue move with a hold of its own, moved first.
  await press(page, 'New routine');
  await tabTo(page, page.getByLabel('Routine name'));
  await page.keyboard.type('My physio routine');
  await press(page, 'Add');
  await tabTo(page, page.getByLabel('Exercise to add'));
  await page.keyboard.press('End'); // the last of the catalogue
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await tabTo(page, page.locator('#step-2-holdSec'));
  await page.keyboard.type('15');
  await press(page, 'Move step 2 up');
  // The mouse's extra way: a step dragged by its handle onto another takes its place; and back.
  const stepNames = page.locator('.step-card .step-name');
  const firstTwo = async () => (await stepNames.allTextContents()).map((name) => name.replace('⠿', '').trim());
  const before = await firstTwo();
  await page.getByTestId('drag-step-2').dragTo(page.locator('.step-card').first());
  await expect.poll(firstTwo).toEqual([before[1], before[0]]);
  await page.getByTestId('drag-step-2').dragTo(page.locator('.step-card').first());
  await expect.poll(firstTwo).toEqual(before);
  await axeClean(page);
  await press(page, 'Save');
  await expect(page.getByRole('status').first()).toHaveText('Saved “My physio routine”.');
  const stored = (await library(page)).value;
  expect(stored.routines).toEqual([{ id: expect.stringMatching(/^own-/) as unknown, name: 'My physio routine', steps: [{ exerciseId: expect.not.stringMatching(/^own-/) as unknown, holdSec: 15 }, { exerciseId: stored.exercises[0]!.id }] }]);

  // The exercise a routine uses cannot be deleted: the message names the routine.
  await press(page, 'Delete Knee straightening <b>');
  await expect(page.getByRole('alert')).toContainText('the routine "My physio routine" uses this exercise');

  // An editor with unsaved changes asks before the menu moves away, and before Cancel throws them away.
  await press(page, 'New routine');
  await tabTo(page, page.getByLabel('Routine name'));
  await page.keyboard.type('Half-made');
  await press(page, 'Settings');
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Routine name')).toHaveValue('Half-made');
  await press(page, 'Cancel');
  await expect(page.getByText('Throw away your unsaved changes?')).toBeVisible();
  await press(page, 'Throw them away');
  await expect(page.getByRole('heading', { name: 'Your routines', level: 1 })).toBeVisible();

  // It can be the break routine and a stretch time's (Settings lists it in both) and it starts from here.
  await press(page, 'Settings');
  const choice = page.getByLabel('Routine for stretch breaks');
  await expect(choice.locator('option', { hasText: 'My physio routine' })).toHaveCount(1);
  await press(page, 'Add a stretch time');
  await expect(page.getByLabel('Routine at stretch time 1').locator('option', { hasText: 'My physio routine' })).toHaveCount(1);
  // Home lists it, marked as the person's or their clinician's.
  await press(page, 'Home');
  await expect(page.locator('.routine-list li', { hasText: 'My physio routine' }).getByText('From you or your clinician')).toBeVisible();
  await press(page, 'Routines');
  await press(page, 'Start My physio routine');
  await expect(page.getByText('My physio routine · step 1 of 2')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Shoulder rolls', level: 1 })).toBeVisible();
});
