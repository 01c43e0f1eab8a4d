import { expect, test } from '../support/launch';
import { countWakes, setHidden, total, wakesOver } from '../support/wake-counter';

// Issue 27: a player nobody can see (window hidden or minimised) animates nothing; shown again,
// its figure moves at once. The figure's motion is opacity only, run by the compositor.
test('a hidden player runs no animation; shown again, the figure moves again', async ({ app }) => {
  const { page } = app;
  await countWakes(page); // its stand-in lets the test hide the page, as minimising does
  await page.getByRole('button', { name: 'Open Walk break' }).click();
  await page.getByRole('button', { name: 'Start Walk break' }).click();
  await page.getByRole('button', { name: 'Ready' }).click(); // into the five-minute walk
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const running = () => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').map((a) => (a as CSSAnimation).animationName));
  await expect.poll(running).not.toEqual([]);
  for (const name of await running()) expect(name).toMatch(/^fig-[a-z]+-\d-\d$/);

  await setHidden(page, true);
  await expect.poll(running).toEqual([]);
  // Still one labelled picture, the held position.
  await expect(page.getByRole('img', { name: /walk/i })).toHaveCount(1);

  await setHidden(page, false);
  await expect.poll(running).not.toEqual([]);
});

test.describe('on a test clock', () => {
  test.use({ fakeClock: true });

  test('a hidden player does not wake (sounds and voice off, so no audio clock); shown again, its timer is right at once', async ({ app }) => {
    const { page } = app;
    await countWakes(page);
    await page.evaluate(() => window.limber.updateSettings({ soundsEnabled: false, voiceEnabled: false }));
    await page.getByRole('button', { name: 'Open Walk break' }).click();
    await page.getByRole('button', { name: 'Start Walk break' }).click();
    await page.getByRole('button', { name: 'Ready' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await wakesOver(page, 2_000);
    await setHidden(page, true);
    const hidden = await wakesOver(page, 60_000);
    expect(total(hidden), JSON.stringify(hidden)).toBe(0);
    await setHidden(page, false);
    await expect(page.getByRole('timer')).toHaveAccessibleName(/^3 minutes/);
  });
});
