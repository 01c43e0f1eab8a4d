import { defineConfig } from '@playwright/test';

// One e2e suite, two backends (see tests/support/launch.ts). Never downloads a browser.
// The `screenshots` project regenerates docs/screenshots from the real build (npm run screenshots).
export default defineConfig({
  globalSetup: './tests/support/global-setup.ts',
  // Tests, not files, are shared out: every test has its own app and data folder (launch.ts), and the
  // long files (eight reminder windows with axe, two months of history) no longer end the run alone.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'off' },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'screenshots', testDir: 'tests/screenshots' },
  ],
});
