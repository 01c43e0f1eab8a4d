import { test as base, chromium, type Browser } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SETTINGS_VERSION } from '../../electron/settings/common/schema';
import type { LimberApp } from './app-handle';
import { chooseBackend, CHROMIUM_ARGS, CHROMIUM_PATH, type BackendKind } from './backend';
import { bundleHarnessPreload, launchChromiumApp } from './chromium-app';
import { launchElectronApp } from './electron-app';
import { NOTHING_APPLIES } from './safety-answers';
import './axe-in-page';

interface Backend {
  kind: BackendKind;
  browser: Browser | null;
  preload: string;
}

/**
 * One fixture, two backends: `app` is the running Limber (a Page on its main window plus a handle
 * on main), on a fresh user-data directory for every test.
 */
export const test = base.extend<
  { app: LimberApp; firstRun: boolean; fakeClock: boolean; waylandSession: boolean; presenceProbes: boolean },
  { backend: Backend }
>({
  /** false (default): start as a returning user who has read the safety notice. */
  firstRun: [false, { option: true }],
  /** true: the page's clock (Date, performance, timers, frames) is Playwright's, moved by page.clock. */
  fakeClock: [false, { option: true }],
  /** true: main sees a Wayland session (XDG_SESSION_TYPE=wayland) and says what it cannot promise. */
  waylandSession: [false, { option: true }],
  /**
   * true: main reads presence with this machine's real probes, as main.ts always does (the Electron
   * backend has them either way). Off by default so a test about reminders never meets a real call.
   */
  presenceProbes: [false, { option: true }],
  backend: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const kind = chooseBackend();
      if (kind === 'electron') {
        await use({ kind, browser: null, preload: '' });
        return;
      }
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      await use({ kind, browser, preload: await bundleHarnessPreload() });
      await browser.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ backend, firstRun, fakeClock, waylandSession, presenceProbes }, use) => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'limber-e2e-'));
    if (!firstRun) {
      // A returning user has read the notice and answered the safety questions with nothing that applies,
      // so every exercise is offered (until a test answers otherwise).
      await writeFile(join(userDataDir, 'settings.json'), JSON.stringify({ schemaVersion: SETTINGS_VERSION, firstRunAcknowledged: true, screening: NOTHING_APPLIES }));
    }
    const app =
      backend.kind === 'electron'
        ? await launchElectronApp(userDataDir, { fakeClock, waylandSession })
        : await launchChromiumApp(backend.browser as Browser, backend.preload, userDataDir, { fakeClock, waylandSession, presenceProbes });
    await use(app);
    await app.close();
  },
});

export { expect } from '@playwright/test';
