import { tabTo } from '../support/keyboard';
import { expect, test } from '../support/launch';
import { historyRecords, leadInMs, sessionRecords, startRoutine, timer, WINDOW_SIZES } from './session-helpers';

test.use({ fakeClock: true });

test('Space on a focused pain rating chooses it; the arrows move through the ratings, not the session', async ({ app }) => {
  const { page } = app;
  await startRoutine(page, 'Quick desk stretch');
  await page.clock.runFor(leadInMs('quick-desk-stretch') + 2_000); // 2 s into the first hold
  const pain = page.getByRole('group', { name: /Leg pain right now/ });
  await pain.getByRole('radio', { name: '3', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(pain.getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible(); // still running
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(pain.getByRole('radio', { name: '5', exact: true })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Sit-tall reset' })).toBeVisible();
  await expect(timer(page)).toHaveText('13'); // the first hold runs on, nothing skipped
  // Focus back on the page: the keys drive the player again.
  await page.getByRole('heading', { name: 'Sit-tall reset' }).click();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('Space on a focused button presses that button, and only that', async ({ app }) => {
  const { page } = app;
  await startRoutine(page, 'Quick desk stretch');
  await page.getByRole('button', { name: 'Ready' }).focus();
  await page.keyboard.press('Space');
  await expect(timer(page)).toHaveAccessibleName('15 seconds, Hold'); // started, not paused
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'End session' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('dialog', { name: 'End this session?' })).toBeVisible();
});

test('"End session?" holds the session while it asks; cancelling carries on, ending lands on the finish heading', async ({ app }) => {
  const { page } = app;
  await startRoutine(page, 'Quick desk stretch');
  await page.clock.runFor(leadInMs('quick-desk-stretch') + 5_000);
  await expect(timer(page)).toHaveText('10');
  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: 'End this session?' });
  await expect(confirm.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await page.clock.runFor(30_000);
  await page.keyboard.press('ArrowRight'); // keys inside the dialog do not reach the player
  await page.keyboard.press('Escape'); // cancel
  await expect(confirm).toBeHidden();
  await expect(timer(page)).toHaveText('10');
  await expect(page.getByRole('heading', { name: 'Sit-tall reset' })).toBeVisible();
  await page.clock.runFor(1_000);
  await expect(timer(page)).toHaveText('9'); // running again

  // A session the user paused stays paused after the question.
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'End session' }).click();
  await confirm.getByRole('button', { name: 'Keep going' }).click();
  await page.clock.runFor(2_000);
  await expect(timer(page)).toHaveText('9');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();

  await page.keyboard.press('Escape');
  await confirm.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { name: 'Session ended', level: 1 })).toBeFocused();
  await expect.poll(async () => (await sessionRecords(app.userDataDir))[0]?.['endReason']).toBe('ended');
});

test('focus lands on the finish heading every time, not only the first', async ({ app }) => {
  const { page } = app;
  for (let round = 1; round <= 3; round++) {
    if (round === 1) await startRoutine(page, 'Posture reset');
    else await page.getByRole('button', { name: 'Do it again' }).click();
    await expect(page.getByText('Posture reset · step 1 of 2')).toBeVisible();
    await page.clock.runFor(90_000);
    await expect(page.getByRole('heading', { name: 'Well done', level: 1 })).toBeFocused();
  }
});

test('after "This hurt", the finish screen offers the warning signs and flare-up mode first, and says "stopped"', async ({ app }) => {
  const { page } = app;
  await startRoutine(page, 'Quick desk stretch');
  await page.clock.runFor(leadInMs('quick-desk-stretch') + 15_000 + leadInMs('quick-desk-stretch', 1) + 10_000); // 10 s into the figure-four, first leg
  await page.getByRole('button', { name: 'This hurt — stop' }).click();
  await expect(page.getByRole('heading', { name: 'Session stopped', level: 1 })).toBeFocused();
  const buttons = page.getByRole('main').getByRole('button');
  await expect(buttons.nth(0)).toHaveText('See the warning signs');
  await expect(buttons.nth(1)).toHaveText('Turn on flare-up mode');
  await expect(page.getByRole('button', { name: 'Do it again' })).toHaveCount(0);
  await expect(page.getByText('Seated figure-four stretch — stopped, 10 sec held')).toBeVisible();
  await expect(page.getByText('Seated hamstring stretch — not started')).toBeVisible();
  await expect(page.getByText('Shoulder rolls — not started')).toBeVisible();
  await expect(page.getByText(/skipped/)).toHaveCount(0);

  // The urgent signs come first (safety.spec.ts checks that dialog by keyboard).
  await page.getByRole('button', { name: 'Turn on flare-up mode' }).click();
  await page.getByRole('dialog', { name: 'First, check for warning signs' }).getByRole('button', { name: 'None of these: start flare-up mode' }).click();
  await expect(page.getByText('Flare-up mode is on')).toBeVisible();
  await page.getByRole('button', { name: 'See the warning signs' }).click();
  await expect(page.getByRole('heading', { name: 'Warning signs: get help instead of exercising' })).toBeVisible();
});

test('a whole session with the keyboard alone, at the smallest window', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize(WINDOW_SIZES[0]);
  // Tab from the top of the page to the routine's Open button, as a keyboard user would.
  const open = page.getByRole('button', { name: 'Open Posture reset' });
  for (let i = 0; i < 60 && !(await open.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Start Posture reset' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Ready' })).toBeVisible();
  await page.keyboard.press('Space'); // hold the get-ready countdown
  await page.clock.runFor(30_000);
  await expect(page.getByText('Take your time; press Ready when you are set.')).toBeVisible();
  await page.keyboard.press('ArrowRight'); // Ready
  await expect(timer(page)).toHaveAccessibleName('10 seconds, Hold');
  await page.clock.runFor(10_000 + leadInMs('posture-reset', 1) + 15_000);
  const finish = page.getByRole('heading', { name: 'Well done', level: 1 });
  await expect(finish).toBeFocused();
  await page.keyboard.press('Tab');
  const leg = page.getByRole('group', { name: /leg pain now/ });
  await expect(leg.getByRole('radio', { name: '0', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight'); // a leg pain rating of 1
  await expect(leg.getByRole('radio', { name: '1', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('group', { name: /back pain now/ }).getByRole('radio', { name: '0', exact: true })).toBeFocused();
  // Past the back pain rating and the weekly questions (each group one stop, each button one).
  await tabTo(page, page.getByRole('button', { name: 'Back to home' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Start a stretch session' })).toBeVisible();
  expect((await sessionRecords(app.userDataDir))[0]).toMatchObject({ routineId: 'posture-reset', endReason: 'finished', completed: true });
  // The rating arrowed to is stored once (focus left the ratings), not every number on the way.
  await expect
    .poll(async () => (await historyRecords(app.userDataDir)).filter((r) => r['kind'] === 'pain').map((r) => [r['when'], r['site'], r['rating']]))
    .toEqual([['after', 'leg', 1]]);
});
