import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { postureMessage, reminderActions, stretchMessage } from '../../electron/breaks/common/wording';
import type { ReminderInfo } from '../../electron/breaks/node/reminder-presenter';
import { expect, test } from '../support/launch';
import { activateMainCatalogue } from '../support/main-catalogue';
import { openInPseudoLocale, show, walkScreens, type PseudoScreen } from '../support/pseudo-screens';
import { openReminder } from '../support/reminder-standin';

// The dialogs, the reminder window and the corners of Settings and History in the pseudo-locale
// (see pseudo-locale.spec.ts), each reached without reading a word.

const MODAL = 'dialog[open]';

/** A reminder as main words it, in the pseudo-locale (main's catalogue, activated in this process). */
function pseudoReminder(tier: 'stretch' | 'posture'): ReminderInfo {
  activateMainCatalogue('en-XA');
  const shape = { tier, kind: 'due' as const, canSnooze: tier === 'stretch', snoozeMin: 30 };
  const routine = { name: '⟦Qúíçķ ðéšķ šţŕéţçĥ⟧', durationLabel: '3 min', where: '⟦áţ ýóúŕ ðéšķ⟧' };
  const text = tier === 'stretch' ? stretchMessage(routine, 2) : postureMessage(1);
  const reminder = { id: 1, ...shape, ...text, actions: reminderActions(shape) };
  activateMainCatalogue('en');
  return reminder;
}

/**
 * Main's side of the harness runs in this process (the Chromium backend): for the words main
 * writes into the page (an import's problems and effects), its catalogue is the pseudo-locale too.
 */
async function withMainInPseudoLocale<T>(action: () => Promise<T>): Promise<T> {
  activateMainCatalogue('en-XA');
  try {
    return await action();
  } finally {
    activateMainCatalogue('en');
  }
}

async function importFile(page: Page, userDataDir: string, content: object, shown: string): Promise<void> {
  // Main reads the file the person chose in its open dialog (the harness's stand-in chooses imports/chosen.json).
  await mkdir(join(userDataDir, 'imports'), { recursive: true });
  await writeFile(join(userDataDir, 'imports', 'chosen.json'), JSON.stringify(content));
  await withMainInPseudoLocale(async () => {
    await page.locator('section[aria-labelledby="transfer-title"] .button-secondary').nth(2).click();
    await expect(page.locator(shown)).toBeVisible();
  });
}

async function firstRunNotice(app: Parameters<PseudoScreen['open']>[0]): Promise<Page> {
  const page = await openInPseudoLocale(app);
  await expect(page.locator('dialog.first-run h1')).toContainText('⟦');
  await expect(page.locator('dialog.first-run[open]')).toBeVisible(); // probed as the open dialog
  return page;
}

async function reminderWindow(app: Parameters<PseudoScreen['open']>[0], tier: 'stretch' | 'posture'): Promise<Page> {
  const page = await openReminder(app, { reminder: pseudoReminder(tier) });
  await page.goto(new URL('index.html?locale=en-XA#reminder', page.url()).href);
  await expect(page.locator('section.reminder h1')).toContainText('⟦');
  return page;
}

walkScreens('the dialogs, the reminder window and the corners', [
  { name: 'reminder window (stretch)', root: 'body', open: (app) => reminderWindow(app, 'stretch') },
  { name: 'reminder window (posture check)', root: 'body', open: (app) => reminderWindow(app, 'posture') },
  {
    name: 'flare-up confirm (Safety page)',
    open: async (app) => {
      const page = await openInPseudoLocale(app);
      await show(app, page, 'safety');
      await page.locator('section[aria-labelledby="flare-title"] .button-primary').click();
      await expect(page.locator('.flare-confirm')).toBeVisible();
      return page;
    },
  },
  {
    name: 'import preview',
    open: async (app) => {
      const page = await openInPseudoLocale(app);
      await show(app, page, 'history');
      // Changes that reach beyond Limber (start at login, a shortcut) are listed in main's words.
      await importFile(page, app.userDataDir, { app: 'limber', format: 1, settings: { stretchIntervalMin: 55, startAtLogin: true, startShortcut: 'Ctrl+Shift+F1' }, history: [] }, '.system-effects');
      return page;
    },
  },
  {
    name: 'import refused (not an export)',
    open: async (app) => {
      const page = await openInPseudoLocale(app);
      await show(app, page, 'history');
      await importFile(page, app.userDataDir, { app: 'other', format: 7, settings: { stretchRoutineId: 'no-such-routine' } }, 'section.history .error-box');
      return page;
    },
  },
  {
    name: 'settings: voice and diagnostics',
    root: 'section.settings fieldset',
    open: async (app) => {
      const page = await openInPseudoLocale(app);
      await show(app, page, 'settings');
      await expect(page.locator('section.settings code')).not.toHaveCount(0); // the log file's path, from main
      return page;
    },
  },
]);

test.describe('first run', () => {
  test.use({ firstRun: true });
  walkScreens('the first-run dialog', [
    { name: 'first-run safety notice', root: MODAL, open: firstRunNotice },
    {
      name: 'first-run screening questions',
      root: MODAL,
      open: async (app) => {
        const page = await firstRunNotice(app);
        await page.locator(`${MODAL} .dialog-actions .button-primary`).click();
        await expect(page.locator('#first-run-questions-title')).toBeFocused();
        return page;
      },
    },
  ]);
});
