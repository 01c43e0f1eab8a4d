import type { Browser, BrowserContext, Page, Route } from '@playwright/test';
// Main's side runs in this process: its words (settings' validation messages) are English, as in tests.
import './english-catalogue';
import { build } from 'esbuild';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { uptime } from 'node:os';
import type { Clock } from '../../electron/ports/scheduler';
import { createServices, type Services } from '../../electron/app/create-services';
import { joinChunks } from '../../electron/transfer/common/csv';
import { fail } from '../../electron/base/common/result';
import { PageMessenger } from '../../electron/ipc/node/page-messenger';
import { contentType, resolveInside } from '../../electron/base/node/safe-path';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import type { LimberApp } from './app-handle';
import { projectRoot } from './project-root';
import { testServiceOptions } from './fake-desk';
import { FULL_CAPABILITIES } from '../../electron/base/common/platform-capabilities';
import { platformCapabilities } from '../../electron/main/desktop-environment';
import { createCachedPresenceSource } from '../../electron/presence/node/cached-source';
import { DEFAULT_PRESENCE_SWITCHES } from '../../electron/presence/common/combine';
import type { PresenceSource } from '../../electron/ports/presence';
import { choosePresenceProbes } from '../../electron/presence/adapters/choose';
import { activateMainCatalogue } from './main-catalogue';
import type { Locale } from '../../electron/i18n/common/translate';
import { SESSION_WINDOW_HASH } from '../../electron/shell/common/window-state';

/** What main decides for a Wayland session, by the same function. */
const WAYLAND_CAPABILITIES = platformCapabilities({ platform: 'linux', env: { XDG_SESSION_TYPE: 'wayland' }, ozonePlatform: '' });

// Stands in for app://limber/: a secure origin served from the real Vite build, with the real CSP.
export const HARNESS_ORIGIN = 'https://limber.test';
const root = projectRoot();
const rendererRoot = join(root, 'dist', 'renderer');

/** The harness preload, bundled once per worker from the same api.ts the real preload uses. */
export async function bundleHarnessPreload(): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'tests', 'support', 'harness-preload.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('Could not bundle the harness preload.');
  return file.text;
}

async function serveRenderer(route: Route): Promise<void> {
  const file = resolveInside(rendererRoot, new URL(route.request().url()).pathname);
  if (!file) return route.fulfill({ status: 404 });
  try {
    const body = await readFile(file);
    await route.fulfill({
      status: 200,
      body,
      headers: {
        'content-type': contentType(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
      },
    });
  } catch {
    await route.fulfill({ status: 404, body: 'Not found' });
  }
}

/**
 * Chromium backend: the real renderer build in Debian's Chromium, the real preload API over a
 * binding, and the real main-side services in this Node process.
 */
export async function launchChromiumApp(
  browser: Browser,
  preloadSource: string,
  userDataDir: string,
  /** `context`: open the window as a tab of this (a headed browser's, see hidden-window.ts) and leave it open on close. */
  /** `sessionOnLoad`: main opens this routine's session before the page exists, as when a break starts with the window closed. */
  /** `locale`/`region`: the language main speaks and the page is opened in (`?locale=&region=`, as main's windows are); English by default. */
  options: {
    fakeClock?: boolean;
    waylandSession?: boolean;
    presenceProbes?: boolean;
    context?: BrowserContext;
    sessionOnLoad?: string;
    locale?: Locale;
    region?: string;
  } = {},
): Promise<LimberApp> {
  let context: BrowserContext | null = null;
  let openPage: Page | null = null;
  let services: Services | null = null;
  let presence: PresenceSource | null = null;
  const openedFiles: string[] = [];
  // Main's clocks: the real ones, moved on by `passed` when a test lets desk time pass (remindAfter).
  let passed = 0;
  const deskClock: Clock = {
    now: () => Date.now() + passed,
    monotonic: () => performance.now() + passed,
    ...(process.platform === 'linux' ? { boottime: () => uptime() * 1000 + passed } : {}),
  };
  /** A page of ours talks to main's services as the preload does; the same sender rule as main's IPC gate. */
  const connect = async (page: Page) => {
    await page.exposeBinding('__limberInvoke', (source, channel: unknown, args: unknown) => {
      if (!source.frame.url().startsWith(`${HARNESS_ORIGIN}/`)) {
        return fail('forbidden-sender', 'This window may not talk to Limber.');
      }
      return services ? services.dispatch(channel, args) : fail('forbidden-sender', 'Limber has quit.');
    });
    await page.addInitScript({ content: preloadSource });
  };
  const query = options.locale ? `?${new URLSearchParams({ locale: options.locale, ...(options.region ? { region: options.region } : {}) }).toString()}` : '';

  const open = async (): Promise<Page> => {
    context = options.context ?? (await browser.newContext({ viewport: { width: 980, height: 760 } }));
    await context.route(`${HARNESS_ORIGIN}/**`, serveRenderer);
    const page = await context.newPage();
    openPage = page;
    const messenger = new PageMessenger((event, payload) => {
      page
        .evaluate(([e, p]) => (window as unknown as { __limberDeliver?: (e: string, p: unknown) => void }).__limberDeliver?.(e, p), [event, payload] as const)
        .catch(() => {});
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) messenger.reset();
    });
    // As main.ts does: this machine's probes, chosen for the session main would see.
    const env = options.waylandSession ? { ...process.env, XDG_SESSION_TYPE: 'wayland' } : process.env;
    presence = options.presenceProbes
      ? createCachedPresenceSource(choosePresenceProbes(process.platform, env), {
          switches: () => services?.settings.get().presence ?? DEFAULT_PRESENCE_SWITCHES,
          log: () => {},
        })
      : null;
    // Main's words (reminders, status lines) in this process, as main.ts loads them before anything speaks.
    activateMainCatalogue(options.locale ?? 'en', options.region);
    services = await createServices({
      ...(await testServiceOptions()),
      ...(presence ? { presence } : {}),
      userDataDir,
      clock: deskClock,
      appInfo: { name: 'Limber', version: '0.0.0-e2e', platform: process.platform, capabilities: options.waylandSession ? WAYLAND_CAPABILITIES : FULL_CAPABILITIES, logFile: join(userDataDir, 'limber.log') },
      broadcast: (event, payload) => messenger.send(event, payload),
      openExternal: () => {},
      onRendererReady: () => messenger.markReady(),
      // The harness stands in for a desktop where the user is at the keyboard.
      idle: { idleSeconds: () => 0 },
      // The save dialog's stand-in: exports land in the test's own data folder.
      saveFile: async (name, content) => {
        const path = join(userDataDir, 'exports', name);
        await mkdir(join(userDataDir, 'exports'), { recursive: true });
        await writeFile(path, await joinChunks(content), 'utf8');
        return path;
      },
      // The open dialog's stand-in: the person chooses imports/chosen.json in the test's data
      // folder (a test writes it first); without one they cancel. Main's real code reads it.
      chooseImportFile: async () => {
        const path = join(userDataDir, 'imports', 'chosen.json');
        return (await stat(path).catch(() => null)) ? path : null;
      },
      // The picture dialog's stand-in: the person chooses imports/chosen-image (any kind: main
      // judges its bytes, never its name); without one they cancel. Main's dialog is not modal, so
      // a test may hold it open (imports/dialog-open) while the person goes on in the window.
      chooseImageFile: async () => {
        const path = join(userDataDir, 'imports', 'chosen-image');
        while (await stat(join(userDataDir, 'imports', 'dialog-open')).catch(() => null)) await new Promise((resolve) => setTimeout(resolve, 50));
        return (await stat(path).catch(() => null)) ? path : null;
      },
      // Main prints the summary in a hidden Electron window; here the same page is printed by
      // Chromium through Playwright (headless only), and lands in the exports folder.
      printToPdf: async (name, html) => {
        const printPage = await page.context().newPage();
        try {
          await printPage.setContent(html);
          const pdf = await printPage.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true });
          const path = join(userDataDir, 'exports', name);
          await mkdir(join(userDataDir, 'exports'), { recursive: true });
          await writeFile(path, pdf);
          return path;
        } finally {
          await printPage.close();
        }
      },
      openFile: (path) => {
        openedFiles.push(path);
        return Promise.resolve(true);
      },
    });
    await connect(page);
    if (options.fakeClock) await page.clock.install();
    // Queued by the messenger until the new page says it is ready, as main's is.
    if (options.sessionOnLoad) services.breaks.startNow(options.sessionOnLoad);
    // As MainWindow loads a window made for a session (electron/main/main-window.ts).
    await page.goto(`${HARNESS_ORIGIN}/index.html${query}${options.sessionOnLoad ? SESSION_WINDOW_HASH : ''}`);
    return page;
  };

  const close = async () => {
    services?.dispose();
    services = null;
    presence?.dispose();
    presence = null;
    if (options.context) await openPage?.close();
    else await context?.close();
    context = null;
    openPage = null;
  };

  const app: LimberApp = {
    backend: 'chromium',
    page: await open(),
    userDataDir,
    openedFiles,
    navigate(view) {
      services?.navigate(view);
      return Promise.resolve();
    },
    async openStandalone(hash, size, apiScript) {
      // Same origin, files and CSP as the main window; only window.limber is the test's.
      const page = await app.page.context().newPage();
      await page.setViewportSize(size);
      await page.addInitScript({ content: apiScript });
      await page.goto(`${HARNESS_ORIGIN}/index.html${query}${hash}`);
      return page;
    },
    openSession(routineId) {
      services?.breaks.startNow(routineId);
      return Promise.resolve();
    },
    async remindAfter(ms, size) {
      passed += ms;
      services?.breaks.refresh();
      const page = await app.page.context().newPage();
      await page.setViewportSize(size);
      await connect(page);
      await page.goto(`${HARNESS_ORIGIN}/index.html${query}#reminder`);
      return page;
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
