import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/launch';
import { freezeClock, leadInMs, leadInText, sessionRecords, startRoutine, timer, WINDOW_SIZES } from './session-helpers';

test.use({ fakeClock: true });

for (const size of [WINDOW_SIZES[0], WINDOW_SIZES[2]]) {
  test(`at ${size.width}×${size.height}, leaving for any other view pauses the session and one click brings it back`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize(size);
    await startRoutine(page, 'Quick desk stretch');
    await page.clock.runFor(leadInMs('quick-desk-stretch') + 5_000); // 5 s into the first hold
    await expect(timer(page)).toHaveText('10');

    for (const view of ['Home', 'History', 'Settings', 'Safety'] as const) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view }).click();
      const bar = page.getByRole('region', { name: 'Paused session' });
      await expect(bar).toContainText('Session paused — Quick desk stretch');
      await page.clock.runFor(60_000); // time away does not count
      if (view === 'Home') expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await bar.getByRole('button', { name: 'Return to session' }).click();
      await expect(page.getByRole('heading', { name: 'Sit-tall reset' })).toBeVisible();
      await expect(timer(page)).toHaveText('10');
      // Paused on return, with Resume focused: one key carries on.
      await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
    }
    await page.keyboard.press('Enter');
    await page.clock.runFor(3_000);
    await expect(timer(page)).toHaveText('7');
    // Nothing was recorded meanwhile: the session is still going.
    expect(await sessionRecords(app.userDataDir)).toEqual([]);
  });
}

test('the tray sending the window to another view keeps the session too', async ({ app }) => {
  const { page } = app;
  await startRoutine(page, 'Posture reset');
  await app.navigate('settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Return to session' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
  expect(await sessionRecords(app.userDataDir)).toEqual([]);
});

test('a reminder asking for another routine asks first; "Keep going" keeps the session as it was', async ({ app }) => {
  const { page } = app;
  await startRoutine(page, 'Quick desk stretch');
  await page.clock.runFor(leadInMs('quick-desk-stretch') + 5_000);
  await app.openSession('posture-reset');
  const ask = page.getByRole('dialog', { name: 'Start Posture reset instead?' });
  await expect(ask).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.clock.runFor(30_000); // held while the question is open
  await expect(ask.getByRole('button', { name: 'Keep going with Quick desk stretch' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await expect(timer(page)).toHaveText('10');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible(); // running again
  await page.clock.runFor(2_000);
  await expect(timer(page)).toHaveText('8');
  expect(await sessionRecords(app.userDataDir)).toEqual([]);
});

test('…and "Start" ends the running one, keeps it in history, and starts the other', async ({ app }) => {
  const { page } = app;
  await startRoutine(page, 'Quick desk stretch');
  await page.clock.runFor(leadInMs('quick-desk-stretch') + 10_000);
  await app.openSession('posture-reset');
  await page.getByRole('dialog', { name: 'Start Posture reset instead?' }).getByRole('button', { name: 'Start Posture reset' }).click();
  await expect(page.getByText('Posture reset · step 1 of 2')).toBeVisible();
  await expect.poll(async () => (await sessionRecords(app.userDataDir)).map((r) => [r['routineId'], r['endReason']])).toEqual([
    ['quick-desk-stretch', 'ended'],
  ]);
});

test('the same routine asked for again just shows the running one', async ({ app }) => {
  const { page } = app;
  await startRoutine(page, 'Posture reset');
  await page.getByRole('button', { name: 'History' }).click();
  await app.openSession('posture-reset');
  await expect(page.getByText('Posture reset · step 1 of 2')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the warning signs open over the session, which waits and then carries on', async ({ app }) => {
  const { page } = app;
  await startRoutine(page, 'Quick desk stretch');
  await page.clock.runFor(leadInMs('quick-desk-stretch') + 5_000);
  await page.getByRole('button', { name: 'Warning signs' }).click();
  const signs = page.getByRole('dialog', { name: 'Warning signs: get help instead of exercising' });
  await expect(signs).toBeVisible();
  // The page's clock stops flowing on its own (the session waits behind the dialog, so half a
  // second's jump changes nothing): the reads below see only the time runFor gives, not a busy
  // machine's real seconds (in one CI run the timer had counted on to 9 before the first read).
  await freezeClock(page, 500);
  await page.clock.runFor(20_000);
  await page.keyboard.press('Escape');
  await expect(signs).toBeHidden();
  await expect(timer(page)).toHaveText('10');
  await expect(page.getByRole('button', { name: 'Warning signs' })).toBeFocused();
  await page.clock.runFor(1_000);
  await expect(timer(page)).toHaveText('9');
});

test('the tray sending the window away while a question is open leaves every view usable', async ({ app }) => {
  const { page } = app;
  await startRoutine(page, 'Quick desk stretch');
  await page.getByRole('button', { name: 'Warning signs' }).click();
  await expect(page.getByRole('dialog', { name: 'Warning signs: get help instead of exercising' })).toBeVisible();
  await app.navigate('home');
  await page.getByRole('button', { name: 'Settings' }).click(); // not blocked by a hidden modal
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Return to session' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
});

test.describe('on first run', () => {
  test.use({ firstRun: true });

  test('a reminder Start waits behind the safety notice and starts once it is accepted', async ({ app }) => {
    const { page } = app;
    const notice = page.getByRole('dialog', { name: 'Before you start' });
    await expect(notice).toBeVisible();
    await app.openSession('posture-reset');
    await page.clock.runFor(30_000);
    await expect(page.getByRole('group', { name: 'Session controls' })).toHaveCount(0);
    expect(await sessionRecords(app.userDataDir)).toEqual([]);
    await notice.getByRole('button', { name: "I understand, let's begin" }).click();
    await page.getByRole('dialog', { name: 'A few safety questions' }).getByRole('button', { name: 'Skip for now' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByText('Posture reset · step 1 of 2')).toBeVisible();
    await expect(timer(page)).toHaveText(leadInText('posture-reset')); // from the start, nothing ran behind the notice
  });
});
