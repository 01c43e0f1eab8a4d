import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/launch';
import { leadInMs, leadInText, sessionRecords, timer, WINDOW_SIZES } from './session-helpers';

test.use({ fakeClock: true });

/** The height of a digit as drawn (the font's own glyph, measured on a canvas), against the window's. */
async function digitShareOfWindow(page: Page): Promise<number> {
  return timer(page).evaluate((el) => {
    const style = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const m = ctx.measureText('0123456789');
    return (m.actualBoundingBoxAscent + m.actualBoundingBoxDescent) / window.innerHeight;
  });
}

/** Tab from the top of the home screen to the routine's Open button, then Enter twice: no mouse. */
async function startWithKeys(page: Page, name: string): Promise<void> {
  const open = page.getByRole('button', { name: `Open ${name}` });
  for (let i = 0; i < 60 && !(await open.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Start ${name}` })).toBeFocused();
  await page.keyboard.press('Enter');
}

test('a floor routine with the keyboard alone: every lead-in read and shown, then it waits for Space', async ({ app }) => {
  const { page } = app;
  await startWithKeys(page, 'Sciatica relief');
  await expect(page.getByRole('heading', { level: 1, name: 'Piriformis stretch (on the floor)' })).toBeVisible();
  // What the voice says about getting down is on screen too, for the voice off.
  await expect(page.getByRole('list', { name: 'Now' })).toHaveText('Take your time getting down: kneel first, sit to one side, then lie back on the mat.');
  await expect(timer(page)).toHaveText(leadInText('sciatica-relief'));
  await expect(page.getByText('Then: Right over left')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // The words are done; the hold waits as long as it takes.
  await page.clock.runFor(leadInMs('sciatica-relief'));
  await expect(page.getByText('Ready?')).toBeVisible();
  await page.clock.runFor(5 * 60_000);
  await expect(page.getByText('Ready?')).toBeVisible();
  await expect(timer(page)).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.keyboard.press('Space');
  await expect(timer(page)).toHaveText('60');
  await expect(page.getByText('Right over left', { exact: true })).toBeVisible();
  await expect(page.getByText('Then: Switch legs')).toBeVisible();

  // Space pauses and resumes during a hold, as in the ordinary player.
  await page.clock.runFor(10_000);
  await page.keyboard.press('Space');
  await page.clock.runFor(30_000);
  await expect(timer(page)).toHaveText('50');
  await page.keyboard.press('Space');

  // The switch: long enough to lower one foot at a time and cross again, and shown how.
  await page.clock.runFor(50_000);
  await expect(page.getByText('Switch legs', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Now' })).toHaveText('Lower one foot at a time, bring both knees up again and cross the other way.');
  await expect(timer(page)).toHaveText('15');
  await page.clock.runFor(15_000);
  await expect(page.getByText('Left over right', { exact: true })).toBeVisible();
  await page.clock.runFor(60_000);

  // The next floor move: fetching the towel is shown, then it waits again; any key starts it.
  await expect(page.getByRole('heading', { level: 1, name: 'Hamstring stretch (on the floor)' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Now' })).toHaveText('Fetch a towel or strap and loop it around one foot.');
  await page.clock.runFor(leadInMs('sciatica-relief', 1));
  await expect(page.getByText('Ready?')).toBeVisible();
  await page.keyboard.press('r');
  await expect(timer(page)).toHaveText('45');

  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: 'End this session?' });
  await confirm.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { name: 'Session ended', level: 1 })).toBeFocused();
  await expect.poll(async () => (await sessionRecords(app.userDataDir))[0]?.['endReason']).toBe('ended');
});

test('a click anywhere starts a waiting hold; the ordinary player is one button away and back', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Open Sciatica relief' }).click();
  await page.getByRole('button', { name: 'Start Sciatica relief' }).click();
  await page.clock.runFor(leadInMs('sciatica-relief'));
  await expect(page.getByText('Ready?')).toBeVisible();
  await page.mouse.click(30, 300);
  await expect(timer(page)).toHaveText('60');
  await page.getByRole('button', { name: 'Leave floor view' }).click();
  await expect(page.getByRole('button', { name: 'Floor view' })).toBeVisible();
  await expect(timer(page)).toHaveText('60');
  await page.getByRole('button', { name: 'Floor view' }).click();
  await expect(page.getByRole('button', { name: 'Leave floor view' })).toBeVisible();
});

test('"start by itself" begins the hold the set time after the words', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => window.limber.updateSettings({ floorAutoStartSec: 10 }));
  await page.reload();
  await page.getByRole('button', { name: 'Open Sciatica relief' }).click();
  // The preview and the player are a chunk of their own: Enter starts once Start has the focus.
  await expect(page.getByRole('button', { name: 'Start Sciatica relief' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(timer(page)).toBeVisible();
  await page.clock.runFor(leadInMs('sciatica-relief') + 4_000);
  await expect(page.getByText('starts by itself in 6 sec')).toBeVisible();
  await page.clock.runFor(6_000);
  await expect(timer(page)).toHaveText('60');
});

for (const size of [WINDOW_SIZES[0], WINDOW_SIZES[1], WINDOW_SIZES[3]]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`at ${size.width}×${size.height} (${theme}) the digits are at least a fifth of the window and everything fits`, async ({ app }) => {
      const { page } = app;
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme });
      await page.getByRole('button', { name: 'Open Sciatica relief' }).click();
      // The preview and the player are a chunk of their own: Enter starts once Start has the focus.
      await expect(page.getByRole('button', { name: 'Start Sciatica relief' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(timer(page)).toBeVisible();
      await page.clock.runFor(leadInMs('sciatica-relief'));
      await page.keyboard.press('Space');
      await expect(timer(page)).toHaveText('60');
      expect(await digitShareOfWindow(page)).toBeGreaterThanOrEqual(0.2);
      for (const name of ['This hurt — stop', 'Pause', 'Next', 'Leave floor view', 'End session']) {
        await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
      }
      await expect(timer(page)).toBeInViewport({ ratio: 1 });
      await expect(page.getByText('Right over left', { exact: true })).toBeInViewport({ ratio: 1 });
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  }
}

test('voice and floor settings are saved and used: rate, steps once, floor view off, start by itself', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Speaking rate').selectOption({ label: 'A little quicker' });
  await page.getByLabel("Read the steps in an exercise's first two sessions, then just its name").check();
  await page.getByLabel('On the floor, start the hold by itself').selectOption({ label: 'After 20 seconds' });
  await page.getByLabel('Floor view for floor routines').uncheck();
  await expect
    .poll(async () => page.evaluate(() => window.limber.getSettings()))
    .toMatchObject({ ok: true, value: { voiceRate: 1.1, voiceStepsOnce: true, floorAutoStartSec: 20, floorMode: false } });
  await expect(page.getByLabel('Voice', { exact: true })).toHaveValue(''); // the system's default until one is chosen
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  // Floor view off: the floor routine runs in the ordinary player, its lead-ins timed.
  await page.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Open Sciatica relief' }).click();
  // The preview and the player are a chunk of their own: Enter starts once Start has the focus.
  await expect(page.getByRole('button', { name: 'Start Sciatica relief' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(timer(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Floor view' })).toBeVisible();
  await page.clock.runFor(leadInMs('sciatica-relief'));
  await expect(timer(page)).toHaveText('60');
});
