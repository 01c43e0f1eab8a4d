import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LimberApp } from './app-handle';
import { projectRoot } from './project-root';

const root = projectRoot();

/** Electron backend: the built app itself, driven by Playwright, one user-data dir per test. */
export async function launchElectronApp(
  userDataDir: string,
  options: { fakeClock?: boolean; waylandSession?: boolean } = {},
): Promise<LimberApp> {
  let electronApp: ElectronApplication | null = null;

  const open = async (): Promise<Page> => {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    delete env['ELECTRON_RUN_AS_NODE'];
    env['LIMBER_USER_DATA_DIR'] = userDataDir;
    env['LIMBER_E2E'] = '1';
    if (options.waylandSession) env['XDG_SESSION_TYPE'] = 'wayland';
    // Main follows the system's language: the suite's assertions are English, whatever this machine speaks.
    env['LANGUAGE'] = 'en_US';
    electronApp = await electron.launch({ args: [root], cwd: root, env });
    const page = await electronApp.firstWindow();
    if (options.fakeClock) {
      await page.clock.install();
      await page.reload();
    }
    await page.waitForLoadState('domcontentloaded');
    return page;
  };

  const close = async () => {
    await electronApp?.close();
    electronApp = null;
  };

  const app: LimberApp = {
    backend: 'electron',
    page: await open(),
    userDataDir,
    async navigate(view) {
      await electronApp?.evaluate((_electron, v) => {
        const hook = (globalThis as { __limberE2E?: { navigate(view: string): void } }).__limberE2E;
        hook?.navigate(v);
      }, view);
    },
    async openStandalone(hash, size, apiScript) {
      if (!electronApp) throw new Error('The app is not running.');
      // The page's window.limber comes from a preload of the test's own; without context
      // isolation that preload's window is the page's.
      const dir = await mkdtemp(join(tmpdir(), 'limber-standalone-'));
      const preload = join(dir, 'preload.js');
      await writeFile(preload, apiScript);
      const opened = electronApp.waitForEvent('window');
      await electronApp.evaluate(
        ({ BrowserWindow }, o) => {
          const win = new BrowserWindow({
            width: o.size.width,
            height: o.size.height,
            useContentSize: true,
            resizable: false,
            webPreferences: { preload: o.preload, sandbox: true, contextIsolation: false, nodeIntegration: false },
          });
          void win.loadURL(`app://limber/index.html${o.hash}`);
        },
        { size, preload, hash },
      );
      const page = await opened;
      await page.waitForLoadState('domcontentloaded');
      return page;
    },
    async openSession(routineId) {
      await electronApp?.evaluate((_electron, id) => {
        const hook = (globalThis as { __limberE2E?: { openSession(routineId: string): void } }).__limberE2E;
        hook?.openSession(id);
      }, routineId);
    },
    remindAfter() {
      return Promise.reject(new Error('The Electron backend runs main on the real clocks, so no break can be let fall due: run this spec with LIMBER_E2E_BACKEND=chromium.'));
    },
    async relaunch() {
      await close();
      app.page = await open();
      return app.page;
    },
    close,
  };
  return app;
}
