// The exercise words these tests read in Node come from the English catalogue, as the window's do.
import '../support/english-catalogue';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/launch';
import { planRoutine } from '../../electron/exercises/common/plan';
import { routineById } from '../../electron/exercises/common/routines';
import { freezeClock, leadInMs, leadInText, sessionRecords, startRoutine, timer } from './session-helpers';

test.use({ fakeClock: true });

test('a full Sciatica relief session: time to get down, sides named, exact pause, getting up, recorded in main', async ({ app }) => {
  const { page } = app;
  // The ordinary player with timed lead-ins (floor-view.spec.ts: the floor view, whose lead-ins wait).
  await page.evaluate(() => window.limber.updateSettings({ floorMode: false }));
  await page.reload();
  await startRoutine(page, 'Sciatica relief');
  await freezeClock(page); // every read below sees only the time runFor gives
  await expect(page.getByRole('heading', { name: 'Piriformis stretch (on the floor)' })).toBeVisible();
  // Shown on screen and announced to screen readers.
  await expect(page.getByText('Get ready: Piriformis stretch (on the floor)', { exact: true })).toHaveCount(2);
  // Getting down to the floor while every step is read aloud.
  await expect(page.getByText('Take your time getting down: kneel first, sit to one side, then lie back on the mat.')).toBeVisible();
  await expect(timer(page)).toHaveText(leadInText('sciatica-relief'));
  await page.clock.runFor(leadInMs('sciatica-relief') - 1_000);
  await expect(timer(page)).toHaveText('1');

  await page.clock.runFor(1_000);
  await expect(page.getByText('Right over left', { exact: true })).toBeVisible();
  await expect(timer(page)).toHaveText('60');
  await expect(page.getByRole('img', { name: /both knees bent and raised, one leg crossed over the other/ })).toBeVisible();

  await page.clock.runFor(30_000);
  await expect(timer(page)).toHaveText('30');
  await page.keyboard.press('Space'); // pause
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.clock.runFor(20_000);
  await expect(timer(page)).toHaveText('30'); // frozen exactly
  // axe waits on the page's timers, so the clock flows while it looks; the session is paused.
  await page.clock.resume();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await freezeClock(page);
  await page.keyboard.press('Space'); // resume
  await page.clock.runFor(10_000);
  await expect(timer(page)).toHaveText('20');

  await page.clock.runFor(20_000); // side one ends
  await expect(page.getByText('Switch legs', { exact: true })).toHaveCount(2); // on screen and announced
  await expect(page.getByText('Left over right', { exact: true })).toBeVisible();
  await expect(timer(page)).toHaveText('15'); // time to lower one foot at a time and cross again
  await page.clock.runFor(15_000);
  await expect(timer(page)).toHaveText('60');
  await expect(page.getByText('Left over right', { exact: true })).toBeVisible();

  await page.clock.runFor(60_000);
  await expect(page.getByRole('heading', { name: 'Hamstring stretch (on the floor)' })).toBeVisible();
  await expect(page.getByText('Next: Hamstring stretch (on the floor)', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Fetch a towel or strap and loop it around one foot.').first()).toBeVisible();
  await expect(timer(page)).toHaveText(leadInText('sciatica-relief', 1));
  const rest = planRoutine(routineById('sciatica-relief')!).totalSec * 1000 - (leadInMs('sciatica-relief') + 135_000) - 10_000;
  await page.clock.runFor(rest);
  // After lying on the floor: roll onto one side before getting up.
  await expect(page.getByText('Before you get up, bend your knees, roll onto your side and push yourself up with your arms.', { exact: true }).first()).toBeVisible();
  await page.clock.runFor(10_000);
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  await expect(page.getByText('Piriformis stretch (on the floor) — 2 of 2 sides, 120 sec held')).toBeVisible();

  // Main recorded it: the history file (apart from settings) holds the session.
  await expect.poll(async () => (await sessionRecords(app.userDataDir)).length).toBe(1);
  expect((await sessionRecords(app.userDataDir))[0]).toMatchObject({ routineId: 'sciatica-relief', completed: true, endReason: 'finished' });
});

test('keyboard: arrows move between phases, Esc asks before ending, "This hurt" stops at once', async ({ app }) => {
  const { page } = app;
  await startRoutine(page, 'Quick desk stretch');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Sit-tall reset' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Seated figure-four stretch' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: 'Sit-tall reset' })).toBeVisible();

  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: 'End this session?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Keep going' }).click();
  await expect(confirm).toBeHidden();

  await page.getByRole('button', { name: 'This hurt — stop' }).click();
  await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible();
  await expect.poll(async () => (await sessionRecords(app.userDataDir))[0]?.['endReason']).toBe('hurt');
});

test('the home screen lists every routine with its real length; the big button starts in one click', async ({ app }) => {
  const { page } = app;
  for (const [name, length] of [
    ['Stand and walk', '3 min'],
    ['Quick desk stretch', '5 min'],
    ['Sciatica relief', '9 min'],
    ['Posture reset', '70 sec'],
    ['Walk break', '5 min'],
  ] as const) {
    await expect(page.getByRole('listitem').filter({ hasText: name }).first()).toContainText(length);
  }
  await page.getByRole('button', { name: 'Start a stretch session' }).click();
  // The default break gets you up (issue 19).
  await expect(page.getByText('Stand and walk · step 1 of 2')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('a walk counts down in minutes, is logged toward the walking goal as confirmed; the player is axe clean in dark mode', async ({ app }) => {
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  await startRoutine(page, 'Walk break');
  await page.clock.runFor(leadInMs('walk-break') + 2_000); // standing up and heading off, the steps read
  await expect(timer(page)).toHaveText('4:58');
  await expect(timer(page)).toHaveAccessibleName('4 minutes, 58 seconds, walk');
  await expect(page.getByText('walk', { exact: true })).toBeVisible();
  await expect(page.getByText('Keep walking', { exact: true })).toBeVisible();
  await page.clock.runFor(58_000);
  await expect(page.getByRole('heading', { name: 'Brisk walk' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.clock.runFor(300_000);
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  // Logged as the person confirms it (issue 22): the timer's 5 minutes, confirmed.
  await expect(page.getByLabel('Minutes walked')).toHaveValue('5');
  await page.getByRole('button', { name: 'Log this walk' }).click();
  await expect(page.getByText('Walk logged: 5 minutes.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to home' }).click();
  await expect(page.getByText('0.25 of 0.5 miles')).toBeVisible();
});
