import { expect, test } from '../support/launch';

// The Settings page scrolled to the "Calls and presentations" card, at the smallest window, 800×600
// and 1280×800, light and dark, with this machine's real presence readings in a Wayland session.
const SIZES = [
  [560, 520],
  [800, 600],
  [1280, 800],
] as const;

test.use({ presenceProbes: true, waylandSession: true });

for (const [width, height] of SIZES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`settings: calls and presentations at ${width}×${height} (${theme})`, async ({ app }) => {
      const { page } = app;
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.getByRole('button', { name: 'Settings' }).click();
      const card = page.getByRole('group', { name: 'Calls and presentations' });
      await page.getByLabel('App to add (its process name)').fill('zoom');
      await page.getByRole('button', { name: 'Add app' }).click();
      await expect(page.locator('#field-meeting-app-status')).toHaveText('Saved.');
      await expect(card.getByText('Checking…')).toHaveCount(0);
      // A little above the card, so its legend (drawn on the border) is whole.
      await card.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 16));
      await page.screenshot({ path: `docs/screenshots/settings-presence-${width}x${height}-${theme}.png` });
    });
  }
}
