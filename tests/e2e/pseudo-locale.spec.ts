import type { Page } from '@playwright/test';
import type { View } from '../../electron/shell/common/app-channels';
import { seedHistory } from '../support/history-seed';
import type { LimberApp } from '../support/app-handle';
import { expect, test } from '../support/launch';
import { probePseudoLocale } from '../support/pseudo-probe';

// Every screen in the pseudo-locale (en-XA: accented, about 40% longer, each message in ⟦ ⟧), at
// the smallest window Limber allows: any visible or announced text without the markers escaped
// the catalogue, and any text wider than its box would be cut off in a longer language. One test
// per screen, so a failure names its screen.
//

async function openInPseudoLocale(app: LimberApp, page: Page = app.page): Promise<Page> {
  await page.setViewportSize({ width: 560, height: 520 });
  await page.goto(new URL('index.html?locale=en-XA', page.url()).href);
  // The window's title is a catalogue word: it is marked once the pseudo-locale is in.
  await expect(page).toHaveTitle(/⟦/);
  await expect(page.locator('section.view')).toBeVisible();
  return page;
}

async function show(app: LimberApp, page: Page, view: View) {
  await app.navigate(view);
  await expect(page.locator(`section.view.${view}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('⟦');
}

/** `root`: the part of the page the screen owns; the shell around every view is walked once, on its own. */
const SCREENS: ReadonlyArray<{ name: string; root?: string; open: (app: LimberApp) => Promise<Page> }> = [
  { name: 'app shell (navigation)', root: 'a.skip-link, header.topbar', open: (app) => openInPseudoLocale(app) },
  { name: 'home', open: (app) => openInPseudoLocale(app) },
  {
    name: 'settings',
    open: async (app) => {
      const page = await openInPseudoLocale(app);
      await show(app, page, 'settings');
      // A validation message is a word too: the schema's, in the page's language.
      await page.locator('#field-stretchIntervalMin').fill('0');
      await expect(page.locator('#field-stretchIntervalMin-error')).toContainText('⟦');
      return page;
    },
  },
  {
    name: 'history (nothing yet)',
    open: async (app) => {
      const page = await openInPseudoLocale(app);
      await show(app, page, 'history');
      return page;
    },
  },
  {
    name: 'history (a week)',
    open: async (app) => {
      await seedHistory(app.userDataDir, 'week');
      const page = await openInPseudoLocale(app, await app.relaunch());
      await show(app, page, 'history');
      await expect(page.getByRole('table').first()).toBeVisible(); // the day table; its name is pseudo-text here
      return page;
    },
  },
  {
    name: 'safety',
    open: async (app) => {
      const page = await openInPseudoLocale(app);
      await show(app, page, 'safety');
      return page;
    },
  },
];

for (const screen of SCREENS) {
  test(`${screen.name}: every word from the catalogue, no text outgrows its box (en-XA, 560×520)`, async ({ app }) => {
    const page = await screen.open(app);
    const found = await probePseudoLocale(page, screen.root ?? 'section.view');
    expect.soft(found.unmarked, `${screen.name}: text that escaped the catalogue`).toEqual([]);
    expect.soft(found.overflowing, `${screen.name}: text that outgrows its box`).toEqual([]);
  });
}
