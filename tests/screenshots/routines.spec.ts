import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/launch';
import { ownExercise, ownLibrary, ownRoutine } from '../support/own-routines';
import { samplePicture } from '../support/image-bytes';

// The Routines view (issue 24) with a physiotherapist's routine in it, the routine editor and the
// exercise editor with its figure picker: every size the window supports, light and dark, into
// docs/screenshots/routines/.
const SIZES = [
  { width: 560, height: 520 },
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
] as const;

async function shoot(page: Page, screen: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.screenshot({ path: `docs/screenshots/routines/${screen}-${theme}-${size.width}.png` });
    }
  }
}

test('routines: the list, the routine editor and the exercise editor', async ({ app }) => {
  const library = ownLibrary({
    exercises: [ownExercise(), ownExercise({ id: 'own-calf', name: 'Calf raise <b>', position: 'standing', sides: 1, sideLabels: undefined, needs: [], gentle: true })],
    routines: [ownRoutine(), ownRoutine({ id: 'own-evening', name: 'Evening (from my physio)', steps: [{ exerciseId: 'own-calf', reps: 3 }] })],
  });
  await writeFile(join(app.userDataDir, 'routines.json'), JSON.stringify(library));
  const page = await app.relaunch();
  await page.getByRole('button', { name: 'Routines' }).click();
  await expect(page.getByRole('heading', { name: 'Your routines', level: 1 })).toBeVisible();
  await shoot(page, 'list');
  await page.getByRole('button', { name: 'Edit My physio routine' }).click();
  await expect(page.getByRole('heading', { name: 'Edit routine' })).toBeVisible();
  await shoot(page, 'routine-editor');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Edit Knee straightening' }).click();
  await expect(page.getByRole('heading', { name: 'Edit exercise' })).toBeVisible();
  await shoot(page, 'exercise-editor');
  // The whole editor once, down to the figure picker.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: 'docs/screenshots/routines/exercise-editor-full-light-1280.png', fullPage: true });
});

test('routines: the exercise editor with an own picture chosen', async ({ app }) => {
  await writeFile(join(app.userDataDir, 'routines.json'), JSON.stringify(ownLibrary({ exercises: [ownExercise()], routines: [] })));
  await mkdir(join(app.userDataDir, 'imports'), { recursive: true });
  await writeFile(join(app.userDataDir, 'imports', 'chosen-image'), samplePicture(1200, 900));
  const page = await app.relaunch();
  await page.getByRole('button', { name: 'Routines' }).click();
  await page.getByRole('button', { name: 'Edit Knee straightening' }).click();
  await page.getByRole('button', { name: 'Choose your own picture…' }).click();
  await expect(page.getByText('Your picture is chosen; it is kept when you save.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Knee straightening', exact: true })).toBeVisible();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // The picture picker from its top: the own picture first, the button and its hint below.
    await page.locator('.pose-picker').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.screenshot({ path: `docs/screenshots/routines/exercise-editor-own-picture-${theme}-${size.width}.png` });
    }
  }
});
