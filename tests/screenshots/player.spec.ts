import type { Page } from '@playwright/test';
import { expect, test } from '../support/launch';
import { leadInMs } from '../e2e/session-helpers';

// Every allowed window size, light and dark, at each moment of a session, for checking by eye.
// They land in .cache/player-screenshots/; the telling ones are copied to docs/screenshots/player-*.png.
const SIZES = [
  [560, 520],
  [800, 600],
  [980, 760],
  [1280, 800],
] as const;

test.use({ fakeClock: true });

const shoot = (page: Page, name: string) => page.screenshot({ path: `.cache/player-screenshots/${name}.png` });

for (const [width, height] of SIZES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`player at ${width}×${height} (${theme})`, async ({ app }) => {
      const { page } = app;
      const tag = `${width}x${height}-${theme}`;
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      // The ordinary player; the floor view has its own shots below.
      await page.evaluate(() => window.limber.updateSettings({ floorMode: false }));
      await page.reload();
      await page.getByRole('button', { name: 'Open Sciatica relief' }).click();
      await expect(page.getByRole('button', { name: 'Start Sciatica relief' })).toBeFocused();
      await shoot(page, `preview-${tag}`);
      await page.keyboard.press('Enter');
      await page.clock.runFor(3_000);
      await shoot(page, `get-ready-${tag}`);
      await page.clock.runFor(leadInMs('sciatica-relief') - 3_000 + 20_000);
      await shoot(page, `hold-1-${tag}`);
      await page.clock.runFor(40_000 + 1_000);
      await shoot(page, `switch-${tag}`);
      await page.clock.runFor(14_000 + 20_000);
      await shoot(page, `hold-2-${tag}`);
      await page.clock.runFor(600_000);
      await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
      await shoot(page, `finish-${tag}`);
    });
  }
}

test('the walk counts in minutes', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Open Walk break' }).click();
  await page.keyboard.press('Enter');
  await page.clock.runFor(leadInMs('walk-break') + 2_000);
  await shoot(page, 'walk-980x760-light');
});

test('the finish screen after "This hurt"', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 800, height: 600 });
  await page.getByRole('button', { name: 'Open Quick desk stretch' }).click();
  await page.keyboard.press('Enter');
  await page.clock.runFor(leadInMs('quick-desk-stretch') + 15_000 + leadInMs('quick-desk-stretch', 1) + 10_000);
  await page.getByRole('button', { name: 'This hurt — stop' }).click();
  await expect(page.getByRole('heading', { name: 'Session stopped' })).toBeVisible();
  await shoot(page, 'finish-hurt-800x600-light');
});

// The floor view, read from a mat: the sizes the issue names and the smallest window.
for (const [width, height] of [SIZES[0], SIZES[1], SIZES[3]]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`floor view at ${width}×${height} (${theme})`, async ({ app }) => {
      const { page } = app;
      const tag = `${width}x${height}-${theme}`;
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.getByRole('button', { name: 'Open Sciatica relief' }).click();
      await page.keyboard.press('Enter');
      await page.clock.runFor(3_000);
      await shoot(page, `floor-get-ready-${tag}`);
      await page.clock.runFor(leadInMs('sciatica-relief'));
      await expect(page.getByText('Ready?')).toBeVisible();
      await shoot(page, `floor-waiting-${tag}`);
      await page.keyboard.press('Space');
      await page.clock.runFor(20_000);
      await shoot(page, `floor-hold-${tag}`);
      await page.clock.runFor(41_000);
      await shoot(page, `floor-switch-${tag}`);
    });
  }
}
