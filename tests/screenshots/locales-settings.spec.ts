import type { Page } from '@playwright/test';
import { seedHistory } from '../support/history-seed';
import type { LimberApp } from '../support/app-handle';
import { expect, test } from '../support/launch';
import { activateMainCatalogue } from '../support/main-catalogue';

// Settings and History in each language (light and dark, whole page, 800×600), and German, the
// longest, at the smallest and a large window (560×520, 1280×800): docs/screenshots/locales/, for checking by eye that nothing
// is cut off or overlaps.
const LOCALES = [
  { locale: 'en', region: 'US' },
  { locale: 'de', region: 'DE' },
  { locale: 'es', region: 'ES' },
  { locale: 'fr', region: 'FR' },
] as const;
const SIZES = [
  { width: 800, height: 600, locales: ['en', 'de', 'es', 'fr'] },
  { width: 560, height: 520, locales: ['de'] },
  { width: 1280, height: 800, locales: ['de'] },
] as const;

async function open(app: LimberApp, page: Page, locale: string, region: string, view: 'settings' | 'history') {
  await page.goto(new URL(`index.html?locale=${locale}&region=${region}`, page.url()).href);
  await app.navigate(view);
  await expect(page.locator(`section.view.${view}`)).toBeVisible();
}

for (const { locale, region } of LOCALES) {
  test(`settings and history in ${locale}`, async ({ app }) => {
    await seedHistory(app.userDataDir, 'week');
    // Main's side of the harness runs in this process: its words on these pages (the presence
    // card's readings) in the page's language, as main speaks it in the real app.
    const page = await app.relaunch();
    activateMainCatalogue(locale, region);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      for (const size of SIZES.filter((s) => (s.locales as readonly string[]).includes(locale))) {
        await page.setViewportSize(size);
        for (const view of ['settings', 'history'] as const) {
          await open(app, page, locale, region, view);
          if (view === 'history') await expect(page.getByRole('table').first()).toBeVisible(); // the day table, named in each language
          await page.screenshot({ path: `docs/screenshots/locales/${view}-${locale}-${size.width}x${size.height}-${theme}.png`, fullPage: true });
        }
      }
    }
  });
}
