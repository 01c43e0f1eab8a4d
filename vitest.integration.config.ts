import { defineConfig } from 'vitest/config';

// Integration tests: real OS parts (a private D-Bus session bus, Xvfb, dunst, notify-send) driven
// from plain Node. Files run one at a time so their helper processes never overlap.
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/support/english-catalogue.ts'],
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
