import { defineConfig } from 'vitest/config';

// Start-up tests: the built main.js run under plain Node with a stand-in Electron, and the built
// preload loaded in a bare sandbox-like context. Needs `npm run build` first. Every run has its own
// temporary folders, so files run side by side: most of their time is spent waiting for main.js.
export default defineConfig({
  test: {
    include: ['tests/startup/**/*.test.ts'],
    environment: 'node',
    // The tests read main's words in English, as the stand-in's desktop (LANG=en_US.UTF-8) gets them.
    setupFiles: ['tests/support/english-catalogue.ts'],
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
