import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/launch';

test.describe('first run', () => {
  test.use({ firstRun: true });

  test('shows the safety notice first, traps focus in it, and never again once accepted', async ({ app }) => {
    const dialog = app.page.getByRole('dialog', { name: 'Before you start' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('not medical advice');
    await expect(dialog.getByRole('heading', { name: 'When to see a doctor instead' })).toBeVisible();
    await expect(dialog).toContainText('bladder or bowel');
    expect((await new AxeBuilder({ page: app.page }).analyze()).violations).toEqual([]);

    // Escape does not dismiss it, and Tab never leaves it: the page behind is inert.
    await app.page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    for (let i = 0; i < 4; i++) {
      await app.page.keyboard.press('Tab');
      // Focus may pass through the browser's own UI (body), but never reaches a control behind.
      const where = await app.page.evaluate(() => {
        const el = document.activeElement;
        return !el || el === document.body ? 'body' : el.closest('dialog') ? 'dialog' : 'behind';
      });
      expect(where).not.toBe('behind');
    }

    await dialog.getByRole('button', { name: "I understand, let's begin" }).click();
    await expect(dialog).toBeHidden();
    await expect(app.page.getByRole('button', { name: 'Start a stretch session' })).toBeVisible();

    const page = await app.relaunch();
    await expect(page.getByRole('button', { name: 'Start a stretch session' })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test('warning signs are always reachable, and flare-up mode can be started and ended', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Safety' }).click();
  await expect(page.getByRole('heading', { name: 'When to see a doctor instead' })).toBeVisible();
  await expect(page.getByText('Stop if pain spreads down your leg or gets worse.')).toBeVisible();

  await page.getByRole('button', { name: "I'm in a flare-up" }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Resting: only the gentlest moves' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole('button', { name: /end flare-up mode/ }).click();
  await expect(page.getByRole('button', { name: "I'm in a flare-up" })).toBeVisible();
});

test('during a flare-up, home names the day, the interval in force and starts only the gentle routine', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Safety' }).click();
  await page.getByRole('button', { name: "I'm in a flare-up" }).click();
  await page.getByRole('button', { name: 'Home' }).click();
  const rhythm = page.getByRole('region', { name: 'Your rhythm' });
  await expect(rhythm.getByText('every 90 min')).toBeVisible(); // 45 min × 2 while resting, as the countdown counts
  await expect(rhythm.getByText('day 1 of 7: gentle moves only')).toBeVisible();
  await page.getByRole('button', { name: 'Start a stretch session' }).click();
  await expect(page.getByText('Gentle flare-up moves · step 1 of 3')).toBeVisible();
});
