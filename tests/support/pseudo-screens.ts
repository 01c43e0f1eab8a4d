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

/** One test per screen, so a failure names its screen. */
export function walkScreens(screens: readonly PseudoScreen[], size = '560×520'): void {
  for (const screen of screens) {
    test(`${screen.name}: every word from the catalogue, no text outgrows its box (en-XA, ${size})`, async ({ app }) => {
      const page = await screen.open(app);
      const found = await probePseudoLocale(page, screen.root ?? 'section.view');
      expect.soft(found.unmarked, `${screen.name}: text that escaped the catalogue`).toEqual([]);
      expect.soft(found.overflowing, `${screen.name}: text that outgrows its box`).toEqual([]);
    });
  }
}
