import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from '../support/launch';
import { activateMainCatalogue } from '../support/main-catalogue';
import { openInPseudoLocale, show, walkScreens } from '../support/pseudo-screens';

// A library's words never reach the page in English: an import whose records and settings break
// checks that carry no message of their own is refused in zod's words from the catalogue
// (electron/i18n/common/validation-words.ts), each one marked in the pseudo-locale. The file's
// own addresses (`history[0]`, `settings.theme`) are the only unmarked text, beside a marked message.

/** Wrong kinds, unknown fields, a value not on the list, a malformed date: none has its own message. */
const MALFORMED = {
  app: 'limber',
  format: 1,
  settings: { theme: 'blue', soundEnabled: 'yes', colour: 'green' },
  history: [
    { id: '00000000-0000-4000-8000-000000000001', v: 1, at: 'yesterday', kind: 'pain', rating: 'high', when: 'after' },
    { id: 'not-an-id', v: 1, at: '2026-01-01T09:00:00.000Z', kind: 'sitting', startedAt: '2026-01-01T08:00:00.000Z', minutes: 0 },
  ],
};

walkScreens('refused imports', [
  {
    name: 'import refused (malformed records and settings)',
    open: async (app) => {
      const page = await openInPseudoLocale(app);
      await show(app, page, 'history');
      // Main reads the file the person chose (the harness's stand-in chooses imports/chosen.json);
      // main's side runs in this process, so its catalogue is the pseudo-locale too.
      await mkdir(join(app.userDataDir, 'imports'), { recursive: true });
      await writeFile(join(app.userDataDir, 'imports', 'chosen.json'), JSON.stringify(MALFORMED));
      activateMainCatalogue('en-XA');
      try {
        await page.locator('section[aria-labelledby="transfer-title"] .button-secondary').nth(2).click();
        const problems = page.locator('section.history .error-box');
        await expect(problems).toContainText('settings.theme: ⟦');
        await expect(problems).toContainText('history[0]');
        await expect(problems).not.toContainText(/Invalid input|expected|received|Unrecognized/);
      } finally {
        activateMainCatalogue('en');
      }
      return page;
    },
  },
]);
