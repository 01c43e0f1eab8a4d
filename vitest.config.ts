import { defineConfig } from 'vitest/config';
import { rendererModules } from './vite.config.ts';

// Unit tests: pure core in plain Node (no Electron binary needed) and renderer logic in jsdom-free form.
export default defineConfig({
  // Renderer tests import renderer modules: the same aliases and JSX settings as the Vite build.
  ...rendererModules,
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/support/english-catalogue.ts'],
    testTimeout: 60_000,
    // Every core: vitest's own default leaves one free, which on a 2-core CI machine is one worker.
    maxWorkers: '100%',
  },
});
