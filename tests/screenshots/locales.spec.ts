import type { Page } from '@playwright/test';
import { ROUTINES } from '../../electron/exercises/common/routines';
import { expect, test } from '../support/launch';
import { leadInMs } from '../e2e/session-helpers';

// Home and a running session in every language at the default window size (800×600, light), for
// the README and for checking by eye that longer words fit; and every screen of the window's own
// words in German at the smallest window (560×520), where they are likeliest to be cut off. The
// page takes its language from ?locale=, as main opens it. Controls are found by place, not by
// name, since the names change with the language.
const LOCALES = ['en', 'de', 'es', 'fr'] as const;
const DESK = 'quick-desk-stretch';

test.use({ fakeClock: true });

async function openIn(page: Page, locale: string): Promise<void> {
  const url = new URL(page.url());
  url.search = `?locale=${locale}`;
  url.hash = '';
  await page.goto(url.toString());
  await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${locale}`));
  await expect(page.locator('.hero-card button')).toBeVisible();
}

/** From home: the desk routine's preview (Start focused), then into its first hold. */
async function intoFirstHold(page: Page, shootPreview?: () => Promise<unknown>): Promise<void> {
  const index = ROUTINES.findIndex((r) => r.id === DESK);
  await page.locator('.routine-list > li').nth(index).getByRole('button').click();
  await expect(page.locator('[data-focus-first]')).toBeFocused();
  await shootPreview?.();
  await page.keyboard.press('Enter');
  await page.clock.runFor(leadInMs(DESK) + 5_000);
  await expect(page.locator('.player .cue-hold')).toBeVisible();
}

/** Beyond the README's pair: each language in dark too, and German, the longest, at the smallest and a large window. */
const VARIANTS = [
  ...LOCALES.flatMap((locale) => (['light', 'dark'] as const).map((theme) => ({ locale, theme, width: 800, height: 600 }))),
  ...[{ width: 560, height: 520 }, { width: 1280, height: 800 }].flatMap((size) => (['light', 'dark'] as const).map((theme) => ({ locale: 'de', theme, ...size }))),
];

for (const { locale, theme, width, height } of VARIANTS) {
  test(`home and a running session in ${locale} at ${width}×${height} (${theme})`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await openIn(page, locale);
    const shoot = (name: string) => page.screenshot({ path: `docs/screenshots/locales/${name}-${locale}-${width}x${height}-${theme}.png` });
    await shoot('home');
    await intoFirstHold(page);
    await shoot('session');
  });
}

for (const locale of LOCALES) {
  test(`home and a running session in ${locale} at 800×600`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width: 800, height: 600 });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await openIn(page, locale);
    await page.screenshot({ path: `docs/screenshots/locale-home-${locale}.png` });
    await intoFirstHold(page);
    await page.screenshot({ path: `docs/screenshots/locale-session-${locale}.png` });
  });
}

test('every screen of the window in German at 560×520', async ({ app }) => {
  const { page } = app;
  const shoot = (name: string) => page.screenshot({ path: `.cache/locale-screenshots/de-560x520-${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 560, height: 520 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openIn(page, 'de');
  await shoot('home');
  await intoFirstHold(page, () => shoot('preview'));
  await page.screenshot({ path: '.cache/locale-screenshots/de-560x520-player.png' });
  await page.clock.runFor(600_000);
  await expect(page.locator('.finish h1')).toBeFocused();
  await shoot('finish');
  await page.locator('.nav-list li').nth(3).getByRole('button').click();
  await expect(page.locator('#safety-title')).toBeVisible();
  await shoot('safety');
});
