import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tabTo } from '../support/keyboard';
import { expect, test } from '../support/launch';
import { leadInMs } from './session-helpers';

/** Every line of the emergency tier lies inside the window and inside the dialog's visible part. */
async function whollyOnScreen(page: Page, tier: Locator): Promise<void> {
  const items = [tier.getByRole('heading'), ...(await tier.getByRole('listitem').all())];
  expect(items.length).toBeGreaterThanOrEqual(6);
  for (const item of items) {
    const fits = await item.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const dialog = el.closest('dialog')!.getBoundingClientRect();
      return box.top >= Math.max(0, dialog.top) && box.bottom <= Math.min(window.innerHeight, dialog.bottom);
    });
    expect(fits, await item.innerText()).toBe(true);
  }
}

const settingsFile = async (dir: string) => JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;

test.describe('first run', () => {
  test.use({ firstRun: true });

  for (const theme of ['light', 'dark'] as const) {
    test(`the emergency tier comes first and is on screen without scrolling at 560×520 (${theme})`, async ({ app }) => {
      const { page } = app;
      await page.setViewportSize({ width: 560, height: 520 });
      await page.emulateMedia({ colorScheme: theme });
      const dialog = page.getByRole('dialog', { name: 'Before you start' });
      await expect(dialog).toBeVisible();
      const tiers = dialog.getByRole('region', { name: /^(Call|Get seen|See a doctor)/ });
      await expect(tiers).toHaveCount(3);
      await expect(tiers.nth(0).getByRole('heading')).toHaveText(/^Call (999|112|911|000|111|119|995|192) or go to (A&E|an emergency department) now if you have$/);
      await expect(tiers.nth(0)).toContainText('Sciatica in both legs');
      await expect(tiers.nth(1).getByRole('heading')).toHaveText(/^Get seen today/);
      await whollyOnScreen(page, tiers.nth(0));
      expect(await dialog.evaluate((el) => el.scrollTop)).toBe(0);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  }

  test('keyboard only: notice, then "hip replacement", and the floor piriformis is never offered', async ({ app }) => {
    const { page } = app;
    const notice = page.getByRole('dialog', { name: 'Before you start' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('not medical advice');

    // Escape does not dismiss it, and Tab never leaves it: the page behind is inert.
    await page.keyboard.press('Escape');
    await expect(notice).toBeVisible();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return !el || el === document.body ? 'body' : el.closest('dialog') ? 'dialog' : 'behind';
      });
      expect(where).not.toBe('behind');
    }
    await tabTo(page, notice.getByRole('button', { name: "I understand, let's begin" }));
    await page.keyboard.press('Enter');

    const questions = page.getByRole('dialog', { name: 'A few safety questions' });
    await expect(questions.getByRole('heading', { name: 'A few safety questions' })).toBeFocused();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    // Save without a side: a clear message, nothing saved.
    await tabTo(page, questions.getByRole('button', { name: 'Save and start' }));
    await page.keyboard.press('Enter');
    await expect(questions.getByRole('alert')).toHaveText('Choose where the pain is, then save.');
    // Radios: Tab reaches the group's checked one, arrows move the choice.
    await tabTo(page, questions.getByRole('radio', { name: 'No' }).first());
    await page.keyboard.press('ArrowDown');
    await expect(questions.getByRole('radio', { name: 'Yes, from the back (posterior)' })).toBeChecked();
    await tabTo(page, questions.getByRole('radio', { name: 'Left leg' }));
    await page.keyboard.press('Space');
    await expect(questions.getByRole('radio', { name: 'Left leg' })).toBeChecked();
    await tabTo(page, questions.getByRole('button', { name: 'Save and start' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect((await settingsFile(app.userDataDir))['screening']).toMatchObject({ hipReplacement: 'posterior', painfulSide: 'left' });

    // The floor routine's preview: not in the exercises, not among the swaps; its reason is given.
    await tabTo(page, page.getByRole('button', { name: 'Open Sciatica relief' }));
    await page.keyboard.press('Enter');
    const exercises = page.getByRole('region', { name: 'The exercises' });
    await expect(exercises.getByRole('listitem')).toHaveCount(3);
    await expect(exercises).not.toContainText('Piriformis');
    for (const select of await exercises.getByRole('combobox').all()) {
      await expect(select.getByRole('option', { name: 'Piriformis stretch (on the floor)' })).toHaveCount(0);
    }
    await expect(page.getByRole('region', { name: 'Left out for you' })).toContainText(
      'Piriformis stretch (on the floor) — left out: you told Limber you have a hip replacement done from the back.',
    );
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole('button', { name: 'Start Sciatica relief' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Sciatica relief · step 1 of 3')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Hamstring stretch (on the floor)' })).toBeVisible();
  });

  test('skipping the questions keeps to the gentlest moves, and home asks for them until answered', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: "I understand, let's begin" }).click();
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const nudge = page.getByRole('region', { name: 'Six safety questions' });
    await expect(nudge).toContainText('Until you answer them, Limber keeps to the gentlest moves.');
    await page.getByRole('button', { name: 'Open Sciatica relief' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sciatica relief is not offered now' })).toBeVisible();
    await expect(page.getByText(/Gentle bridge — left out: you have not answered the safety questions yet/)).toBeVisible();
    await page.getByRole('button', { name: 'Back to home' }).click();
    await page.getByRole('button', { name: 'Answer the safety questions' }).click();
    await expect(page.getByText('Not answered yet.')).toBeVisible();
    await page.getByRole('radio', { name: 'Right leg' }).check();
    await page.getByRole('button', { name: 'Save answers' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.getByRole('button', { name: 'Home' }).click();
    await expect(page.getByRole('button', { name: 'Start a stretch session' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Six safety questions' })).toHaveCount(0);
  });
});

test('the Safety page leads with the warning signs; turning on flare-up mode shows them first, then the plan', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Safety' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 }).first()).toHaveText('Warning signs: get help instead of exercising');
  await expect(main.getByRole('heading', { level: 3 }).first()).toHaveText(/^Call \d+ or go to (A&E|an emergency department) now/);
  await expect(page.getByText('Stop if pain spreads down your leg or gets worse.')).toBeVisible();

  await page.getByRole('button', { name: "I'm in a flare-up" }).click();
  await expect(page.getByRole('heading', { name: 'First, check for warning signs' })).toBeFocused();
  const flare = page.getByRole('region', { name: 'Flare-up mode' });
  await expect(flare.getByRole('heading', { name: /^Call \d+/ })).toBeVisible();
  await expect(flare.getByRole('heading', { name: /^Get seen today/ })).toBeVisible();
  await expect(flare.getByRole('heading', { name: /^See a doctor soon/ })).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'None of these: start flare-up mode' }).click();
  await expect(flare.getByRole('status')).toHaveText(
    'Day 1 of 7: short, gentle breaks at least every half hour: a position change or an easy walk; seated and standing moves return on day 3.',
  );
  await expect(flare.getByRole('listitem').filter({ hasText: 'Days 6–7: the floor routine is back' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole('button', { name: /end flare-up mode/ }).click();
  await expect(page.getByRole('button', { name: "I'm in a flare-up" })).toBeVisible();
});

test('during a flare-up, breaks come more often, and a floor routine started by hand offers the gentle one instead', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Safety' }).click();
  await page.getByRole('button', { name: "I'm in a flare-up" }).click();
  await page.getByRole('button', { name: 'None of these: start flare-up mode' }).click();
  await page.getByRole('button', { name: 'Home' }).click();
  const rhythm = page.getByRole('region', { name: 'Your rhythm' });
  await expect(rhythm.getByText('every 30 min')).toBeVisible(); // never longer than the usual 45: shorter
  await expect(rhythm.getByText(/^Day 1 of 7: short, gentle breaks/)).toBeVisible();

  // By hand, the floor routine: not offered, with the reason, and the gentle routine in its place.
  await page.getByRole('button', { name: 'Open Sciatica relief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sciatica relief is not offered now' })).toBeVisible();
  await expect(page.getByText('Gentle bridge — left out: held back in your flare-up; it returns on day 6.')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Start Gentle flare-up moves instead' }).click();
  await expect(page.getByText('Gentle flare-up moves · step 1 of 3')).toBeVisible();
});

test('"This hurt" → left out next time → brought back from the preview', async ({ app }) => {
  const { page } = app;
  // The desk routine (the default break now stands you up and walks first).
  await tabTo(page, page.getByRole('button', { name: 'Open Quick desk stretch' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Start Quick desk stretch' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sit-tall reset' })).toBeVisible();
  await page.keyboard.press('ArrowRight'); // past get-ready into the hold
  await page.waitForTimeout(1200);
  await tabTo(page, page.getByRole('button', { name: 'This hurt — stop' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Session stopped', level: 1 })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Leave out Sit-tall reset from now on' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Sit-tall reset is left out of your sessions from now on' })).toBeVisible();
  expect((await settingsFile(app.userDataDir))['leftOutExercises']).toEqual([expect.objectContaining({ exerciseId: 'sit-tall-reset' })]);

  // Next time: the preview says it is left out and why, and it is not in the routine.
  await tabTo(page, page.getByRole('button', { name: 'Back to home' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Open Quick desk stretch' }));
  await page.keyboard.press('Enter');
  const exercises = page.getByRole('region', { name: 'The exercises' });
  await expect(exercises.getByRole('listitem')).toHaveCount(3);
  await expect(exercises).not.toContainText('Sit-tall reset');
  const leftOut = page.getByRole('region', { name: 'Left out for you' });
  await expect(leftOut).toContainText('Sit-tall reset — left out: you said it hurt');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Brought back from the preview: in the routine again, and gone from settings.
  await tabTo(page, leftOut.getByRole('button', { name: 'Bring back Sit-tall reset' }));
  await page.keyboard.press('Enter');
  await expect(exercises.getByRole('listitem')).toHaveCount(4);
  await expect(exercises.getByRole('listitem').first()).toContainText('Sit-tall reset');
  await expect(page.getByRole('region', { name: 'Left out for you' })).toHaveCount(0);
  expect((await settingsFile(app.userDataDir))['leftOutExercises']).toEqual([]);
});

test('after "This hurt", flare-up mode from the finish screen shows the warning signs first, as the Safety page does', async ({ app }) => {
  const { page } = app;
  await tabTo(page, page.getByRole('button', { name: 'Open Quick desk stretch' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Start Quick desk stretch' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sit-tall reset' })).toBeVisible();
  await page.keyboard.press('ArrowRight'); // past get-ready into the hold
  await tabTo(page, page.getByRole('button', { name: 'This hurt — stop' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Session stopped', level: 1 })).toBeFocused();

  const turnOn = page.getByRole('button', { name: 'Turn on flare-up mode' });
  await tabTo(page, turnOn);
  await page.keyboard.press('Enter');
  const check = page.getByRole('dialog', { name: 'First, check for warning signs' });
  await expect(check.getByRole('heading', { name: 'First, check for warning signs' })).toBeFocused();
  await expect(check.getByRole('heading', { name: /^Call \d+/ })).toBeVisible();
  await expect(check.getByRole('heading', { name: /^Get seen today/ })).toBeVisible();
  expect((await settingsFile(app.userDataDir))['flareUpSince'] ?? null).toBeNull(); // not on until the signs are read
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Esc changes nothing and goes back to the button.
  await page.keyboard.press('Escape');
  await expect(check).toHaveCount(0);
  await expect(turnOn).toBeFocused();
  expect((await settingsFile(app.userDataDir))['flareUpSince'] ?? null).toBeNull();

  await page.keyboard.press('Enter');
  await tabTo(page, check.getByRole('button', { name: 'None of these: start flare-up mode' }));
  await page.keyboard.press('Enter');
  await expect(check).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^Flare-up mode is on/ })).toBeFocused();
  await expect.poll(async () => typeof (await settingsFile(app.userDataDir))['flareUpSince']).toBe('string');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test.describe('sides', () => {
  test.use({ fakeClock: true });

  test('with the left leg answered, two-sided moves start on the left: told, named and shown that way, then the right', async ({ app }) => {
    const { page } = app;
    // The ordinary player, which lists the steps (the floor view is floor-view.spec.ts's).
    await page.evaluate(() => window.limber.updateSettings({ floorMode: false }));
    await page.reload();
    await tabTo(page, page.getByRole('button', { name: 'Safety' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('radio', { name: 'Right leg' })); // the answer saved: the group's tab stop
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: 'Left leg' })).toBeChecked();
    await expect(page.getByRole('group', { name: 'Where is the pain?' })).toContainText('Moves done on each side start with your left leg.');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await tabTo(page, page.getByRole('button', { name: 'Save answers' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    await tabTo(page, page.getByRole('button', { name: 'Home' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Open Sciatica relief' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Start Sciatica relief' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Piriformis stretch (on the floor)' })).toBeVisible();
    await expect(page.getByText('With both knees raised, cross your left leg over your right, as you would sitting on a chair.')).toBeVisible();
    await expect(page.getByText(/cross your right leg over your left/)).toHaveCount(0);

    await page.clock.runFor(leadInMs('sciatica-relief'));
    await expect(page.getByText('Left over right', { exact: true })).toBeVisible();
    await page.clock.runFor(60_000);
    await expect(page.getByText('Switch legs', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('Right over left', { exact: true })).toBeVisible();
  });
});
