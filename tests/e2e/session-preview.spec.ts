import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/launch';
import { leadInText, openRoutine, sessionRecords, timer, WINDOW_SIZES } from './session-helpers';

test.use({ fakeClock: true });

for (const theme of ['light', 'dark'] as const) {
  test(`the preview shows the exercises with figures, the time, where and what is needed (${theme})`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: theme });
    await openRoutine(page, 'Sciatica relief');
    const facts = page.getByRole('definition');
    await expect(facts.nth(0)).toHaveText('9 min'); // every step read aloud before its move
    await expect(facts.nth(1)).toHaveText('on the floor');
    await expect(facts.nth(2)).toHaveText('mat and towel');
    const steps = page.getByRole('region', { name: 'The exercises' }).getByRole('listitem');
    await expect(steps).toHaveCount(4);
    await expect(steps.nth(0)).toContainText('Piriformis stretch (on the floor)60 sec each side · on the floor');
    await expect(steps.nth(0).getByRole('img', { name: /one leg crossed over the other/ })).toBeVisible();
    await expect(steps.nth(3)).toContainText('10 sec × 5');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}

test('drop and swap an exercise for this session only; the session runs what was chosen', async ({ app }) => {
  const { page } = app;
  await openRoutine(page, 'Quick desk stretch');
  await page.getByRole('button', { name: 'Drop Seated figure-four stretch' }).click();
  await page.getByLabel('Swap Shoulder rolls for').selectOption({ label: 'Standing hamstring stretch' });
  const steps = page.getByRole('region', { name: 'The exercises' }).getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(page.getByRole('definition').nth(1)).toHaveText('at your desk, then standing');
  await page.getByRole('button', { name: 'Start Quick desk stretch' }).click();
  await expect(page.getByText('Quick desk stretch · step 1 of 3')).toBeVisible();
  for (const name of ['Sit-tall reset', 'Seated hamstring stretch', 'Standing hamstring stretch']) {
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    while (await page.getByRole('heading', { level: 1, name }).isVisible()) await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByRole('heading', { name: 'Session ended' }).or(page.getByRole('heading', { name: 'Well done' }))).toBeVisible();
  await expect.poll(async () => (await sessionRecords(app.userDataDir))[0]?.['steps']).toEqual([
    expect.objectContaining({ exerciseId: 'sit-tall-reset' }),
    expect.objectContaining({ exerciseId: 'hamstring-seated' }),
    expect.objectContaining({ exerciseId: 'hamstring-standing' }),
  ]);

  // The routine itself is unchanged.
  await page.getByRole('button', { name: 'Back to home' }).click();
  await openRoutine(page, 'Quick desk stretch');
  await expect(page.getByRole('region', { name: 'The exercises' }).getByRole('listitem')).toHaveCount(4);
});

test('the preview makes a routine the one stretch reminders start', async ({ app }) => {
  const { page } = app;
  await openRoutine(page, 'Sciatica relief');
  await page.getByRole('button', { name: 'Use for stretch reminders' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your stretch reminders start this routine.' })).toBeVisible();
  const settings = JSON.parse(await readFile(join(app.userDataDir, 'settings.json'), 'utf8')) as Record<string, unknown>;
  expect(settings['stretchRoutineId']).toBe('sciatica-relief');
  await page.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByText(/^Sciatica relief, 9 min on the floor/)).toBeVisible();
  // Nothing started from a preview left behind.
  await expect(page.getByRole('region', { name: 'Paused session' })).toHaveCount(0);
  expect(await sessionRecords(app.userDataDir)).toEqual([]);
});

test('a reminder Start skips the preview: one click and the session runs', async ({ app }) => {
  const { page } = app;
  await app.openSession('sciatica-relief');
  await expect(page.getByText('Sciatica relief · step 1 of 4')).toBeVisible();
  await expect(timer(page)).toHaveText(leadInText('sciatica-relief'));
});

for (const size of [WINDOW_SIZES[0], WINDOW_SIZES[3]]) {
  test(`at ${size.width}×${size.height} the preview's Start is in view and focused`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize(size);
    await openRoutine(page, 'Sciatica relief');
    await expect(page.getByRole('button', { name: 'Start Sciatica relief' })).toBeInViewport({ ratio: 1 });
  });
}
