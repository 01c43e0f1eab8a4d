import { expect, test } from '../support/launch';

// The warning-sign tiers (first-run notice), the safety questions, the flare-up plan, the side
// sessions start on and the flare-up check after "This hurt", at the
// smallest window, 800×600 and 1280×800, light and dark.
const SIZES = [
  [560, 520],
  [800, 600],
  [1280, 800],
] as const;
const shot = (name: string, width: number, height: number, theme: string) => `docs/screenshots/safety-${name}-${width}x${height}-${theme}.png`;

for (const [width, height] of SIZES) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`first run at ${width}×${height} (${theme})`, () => {
      test.use({ firstRun: true });
      test('the tiers, then the safety questions', async ({ app }) => {
        const { page } = app;
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
        const notice = page.getByRole('dialog', { name: 'Before you start' });
        await expect(notice.getByRole('heading', { name: /^Call / })).toBeVisible();
        await page.screenshot({ path: shot('tiers', width, height, theme) });
        await notice.getByRole('button', { name: "I understand, let's begin" }).click();
        const questions = page.getByRole('dialog', { name: 'A few safety questions' });
        await questions.getByRole('radio', { name: 'Yes, from the back (posterior)' }).check();
        await questions.getByRole('radio', { name: 'Both legs' }).check();
        await expect(questions.getByRole('alert')).toBeVisible();
        await questions.getByRole('heading', { name: 'A few safety questions' }).focus();
        await page.screenshot({ path: shot('questions', width, height, theme) });
      });
    });

    test(`the flare-up plan at ${width}×${height} (${theme})`, async ({ app }) => {
      const { page } = app;
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.getByRole('button', { name: 'Safety' }).click();
      await page.getByRole('button', { name: "I'm in a flare-up" }).click();
      await page.getByRole('button', { name: 'None of these: start flare-up mode' }).click();
      const card = page.getByRole('region', { name: 'Flare-up mode' });
      await expect(card.getByRole('status')).toContainText('Day 1 of 7');
      await card.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 16));
      await page.screenshot({ path: shot('flare-plan', width, height, theme) });
    });

    test(`the side a session starts on, and the flare-up check after "This hurt" at ${width}×${height} (${theme})`, async ({ app }) => {
      const { page } = app;
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.getByRole('button', { name: 'Safety' }).click();
      const side = page.getByRole('group', { name: 'Where is the pain?' });
      await side.getByRole('radio', { name: 'Left leg' }).check();
      await side.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 16));
      await page.screenshot({ path: shot('side-hint', width, height, theme) });

      await page.getByRole('button', { name: 'Home' }).click();
      await page.getByRole('button', { name: 'Open Quick desk stretch' }).click();
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowRight');
      await page.getByRole('button', { name: 'This hurt — stop' }).click();
      await page.getByRole('button', { name: 'Turn on flare-up mode' }).click();
      await expect(page.getByRole('dialog', { name: 'First, check for warning signs' })).toBeVisible();
      await page.screenshot({ path: shot('finish-flare-check', width, height, theme) });
    });
  }
}
