import { seedHistory } from '../support/history-seed';
import { expect } from '../support/launch';
import { openInPseudoLocale, show, walkScreens, type PseudoScreen } from '../support/pseudo-screens';

// Every screen in the pseudo-locale (en-XA: accented, about 40% longer, each message in ⟦ ⟧), at
// the smallest window Limber allows: any visible or announced text without the markers escaped
// the catalogue, and any text wider than its box would be cut off in a longer language. One app
// walks the screens in turn; every finding names its screen (pseudo-screens.ts). The history with a
// week in it comes after the empty one: its data stays for the rest of the walk.

/** `root`: the part of the page the screen owns; the shell around every view is walked once, on its own. */
const SCREENS: readonly PseudoScreen[] = [
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

walkScreens('the main screens', SCREENS);
