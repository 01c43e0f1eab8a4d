import type { Page } from '@playwright/test';
import type { View } from '../../electron/shell/common/app-channels';
import type { LimberApp } from './app-handle';
import { expect, test } from './launch';
import { probePseudoLocale } from './pseudo-probe';

/** One screen of the pseudo-locale walk. `root`: the part of the page the screen owns (default: the view). */
export interface PseudoScreen {
  name: string;
  root?: string;
  open: (app: LimberApp) => Promise<Page>;
}

/** The window reloaded in the pseudo-locale (the `?locale=` query main opens windows with), at the smallest size. */
export async function openInPseudoLocale(app: LimberApp, page: Page = app.page, hash = ''): Promise<Page> {
  await page.setViewportSize({ width: 560, height: 520 });
  await page.goto(new URL(`index.html?locale=en-XA${hash}`, page.url()).href);
  // The window's title is a catalogue word: it is marked once the pseudo-locale is in.
  await expect(page).toHaveTitle(/⟦/);
  if (!hash) await expect(page.locator('section.view')).toBeVisible();
  return page;
}

export async function show(app: LimberApp, page: Page, view: View): Promise<void> {
  await app.navigate(view);
  await expect(page.locator(`section.view.${view}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('⟦');
}

/**
 * One app walks every screen in turn, as a person would (a fresh app per screen cost a launch each,
 * about a second, for 24 screens). Each screen is opened by its own `open`, most from a reload in the
 * pseudo-locale, and is a step of its own: every finding, and a screen that cannot be reached, names
 * its screen, and the walk goes on to the next screen either way.
 */
export function walkScreens(walk: string, screens: readonly PseudoScreen[], size = '560×520'): void {
  test(`${walk}: every word from the catalogue, no text outgrows its box (en-XA, ${size})`, async ({ app }) => {
    // What one test per screen had: the default 45 s each.
    test.setTimeout(Math.max(45_000, screens.length * 15_000));
    for (const screen of screens) {
      const failed = await test
        .step(screen.name, async () => {
          const page = await screen.open(app);
          const found = await probePseudoLocale(page, screen.root ?? 'section.view');
          expect.soft(found.unmarked, `${screen.name}: text that escaped the catalogue`).toEqual([]);
          expect.soft(found.overflowing, `${screen.name}: text that outgrows its box`).toEqual([]);
          // A window of its own (the reminder window) is closed: the next screen starts from the main window.
          if (page !== app.page) await page.close();
        })
        .then(
          () => null,
          (error: unknown) => (error instanceof Error ? error.message : String(error)),
        );
      expect.soft(failed, `${screen.name}: the screen could not be reached and walked`).toBeNull();
    }
  });
}
