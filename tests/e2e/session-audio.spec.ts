// The exercise words these tests read in Node come from the English catalogue, as the window's do.
import '../support/english-catalogue';
import { exerciseById, routineById } from '../../electron/exercises/common/routines';
import { Session } from '../../electron/session/common/session';
import { expect, test } from '../support/launch';
import { audioProbe, readProbe, wakeUpProbe } from '../support/page-probes';
import { leadInMs, startRoutine, timer } from './session-helpers';

/** More real time than the player looks ahead (use-session.ts: 4 s). */
const LOOKAHEAD_REAL_MS = 5_000;

/** Every line a routine run to its end says, in order, from the session model itself. */
function spokenInOrder(routineId: string): string[] {
  const session = new Session(routineById(routineId)!, 0, 0);
  return session.advance(24 * 3_600_000).flatMap((cue) => (cue.kind === 'speak' ? [cue.text] : []));
}

test.describe('with the page clock', () => {
  test.use({ fakeClock: true });

  test('one audio engine for the whole app, however many sessions; it sleeps between them', async ({ app }) => {
    const { page } = app;
    await page.addInitScript(audioProbe);
    await page.reload();
    for (let round = 1; round <= 4; round++) {
      if (round === 1) await startRoutine(page, 'Posture reset');
      else await page.getByRole('button', { name: 'Do it again' }).click();
      await expect(page.getByText('Posture reset · step 1 of 2')).toBeVisible();
      if (round === 1) {
        await page.clock.runFor(10_000);
        await expect.poll(async () => (await page.evaluate(readProbe)).audioStates).toEqual(['running']);
        await page.keyboard.press('Space'); // paused: the engine sleeps too
        await expect.poll(async () => (await page.evaluate(readProbe)).audioStates).toEqual(['suspended']);
        await page.keyboard.press('Space');
      }
      await page.clock.runFor(90_000);
      await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
    }
    const probe = await page.evaluate(readProbe);
    expect(probe.toneLeads.length).toBeGreaterThan(10); // tones did play
    expect(probe.audioContexts - probe.audioCloses).toBeLessThanOrEqual(1);
    await expect.poll(async () => (await page.evaluate(readProbe)).audioStates).toEqual(['suspended']);
  });

  test('no sound at all with tones and voice off', async ({ app }) => {
    const { page } = app;
    await page.evaluate(() => window.limber.updateSettings({ soundsEnabled: false, voiceEnabled: false }));
    await page.addInitScript(audioProbe);
    await page.reload();
    await startRoutine(page, 'Posture reset');
    await page.clock.runFor(60_000);
    const probe = await page.evaluate(readProbe);
    expect([probe.audioContexts, probe.toneLeads.length, probe.spoken.length]).toEqual([0, 0, 0]);
  });

  test('steps are read aloud while getting ready, and each side is named aloud', async ({ app }) => {
    const { page } = app;
    await page.evaluate(() => window.limber.updateSettings({ floorMode: false })); // timed lead-ins, as the model below
    await page.addInitScript(audioProbe);
    await page.reload();
    await startRoutine(page, 'Sciatica relief');
    await page.clock.runFor(2_000);
    const spoken = (await page.evaluate(readProbe)).spoken;
    expect(spoken.slice(0, 3)).toEqual([
      'Get ready. First: Piriformis stretch (on the floor).',
      'Take your time getting down: kneel first, sit to one side, then lie back on the mat.',
      exerciseById('piriformis-floor')!.steps[0],
    ]);
    for (const step of exerciseById('piriformis-floor')!.steps) expect(spoken).toContain(step);
    await page.clock.runFor(leadInMs('sciatica-relief') - 2_000 + 60_000 + 1_000);
    const later = (await page.evaluate(readProbe)).spoken;
    expect(later).toContain('Right over left.');
    expect(later).toContain('Switch legs. Lower one foot at a time, bring both knees up again and cross the other way. Left over right.');
  });

  test('each spoken cue is said once and in order, across a pause (nothing is said while paused) and the resumed timeline', async ({ app }) => {
    const { page } = app;
    await page.evaluate(() => window.limber.updateSettings({ floorMode: false })); // timed lead-ins, as the model
    await page.addInitScript(audioProbe);
    await page.reload();
    await startRoutine(page, 'Sciatica relief');
    // 3 s before the lead-in ends: "Right over left." (as the hold starts) is already on the audio clock.
    await page.clock.runFor(leadInMs('sciatica-relief') - 3_000);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    // Real seconds, past the lookahead: a line left on the audio clock would be said meanwhile.
    await page.waitForTimeout(LOOKAHEAD_REAL_MS);
    expect((await page.evaluate(readProbe)).spoken).not.toContain('Right over left.');
    await page.keyboard.press('Space');
    await page.clock.runFor(10 * 60_000);
    await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
    await page.waitForTimeout(LOOKAHEAD_REAL_MS); // the audio clock's events for the lines said by ticks
    expect((await page.evaluate(readProbe)).spoken).toEqual(spokenInOrder('sciatica-relief'));
  });
});

test('tones go onto the audio clock ahead of their moment, so a throttled window still sounds them on time', async ({ app }) => {
  const { page } = app;
  await page.addInitScript(audioProbe);
  await page.reload();
  await startRoutine(page, 'Posture reset');
  await page.getByRole('button', { name: 'Ready' }).click(); // the 10 s hold: a halfway tone at 5 s, ticks at 7, 8, 9
  await expect(timer(page)).toHaveText('7', { timeout: 5_000 });
  const leads = (await page.evaluate(readProbe)).toneLeads;
  // At least one tone was handed to the audio clock more than a second before it was due.
  expect(Math.max(...leads)).toBeGreaterThan(1);
});

test('the player wakes the page about once a second, not every frame', async ({ app }) => {
  const { page } = app;
  await page.emulateMedia({ reducedMotion: 'reduce' }); // nothing animates on screen
  await page.addInitScript(wakeUpProbe);
  await page.reload();
  await startRoutine(page, 'Walk break');
  await page.getByRole('button', { name: 'Ready' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const before = await page.evaluate(readProbe);
  await page.waitForTimeout(3_000);
  const after = await page.evaluate(readProbe);
  const perSecond = (after.timerCallbacks + after.frameCallbacks - before.timerCallbacks - before.frameCallbacks) / 3;
  expect(perSecond).toBeLessThanOrEqual(4);
  expect(after.timerCallbacks - before.timerCallbacks).toBeGreaterThanOrEqual(2); // and it does tick
});
