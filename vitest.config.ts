import { defineConfig } from 'vitest/config';

// Unit tests: pure core in plain Node (no Electron binary needed) and renderer logic in jsdom-free form.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
