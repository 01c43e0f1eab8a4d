import { NOTHING_APPLIES } from '../support/safety-answers';
import { chromium, expect, test } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SETTINGS_VERSION } from '../../electron/settings/common/schema';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/backend';
import { bundleHarnessPreload, launchChromiumApp } from '../support/chromium-app';

// The bench's "session in a window that does not exist yet" (bench/renderer.ts) rests on this
// harness option: main opens the session before the page is made, and the new page shows it.
test('a window made after main opened a session shows that session straight away', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const dir = await mkdtemp(join(tmpdir(), 'limber-e2e-'));
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ schemaVersion: SETTINGS_VERSION, firstRunAcknowledged: true, screening: NOTHING_APPLIES }));
    const app = await launchChromiumApp(browser, await bundleHarnessPreload(), dir, { sessionOnLoad: 'posture-reset' });
    await expect(app.page.getByText('Posture reset · step 1 of 2')).toBeVisible();
    await expect(app.page.locator('.player [role="timer"]')).not.toBeEmpty();
    await app.close();
  } finally {
    await browser.close();
  }
});
