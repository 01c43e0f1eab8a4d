import { defineConfig } from 'vitest/config';

// Integration tests: real OS parts (a private D-Bus session bus, Xvfb, dunst, notify-send) driven
// from plain Node. Every file starts its own private helpers (bus, X server, sound server, browser),
// so two files can run at once: two workers let the two that wait on real time for a minute or more
// (speech.test.ts, hidden-cues.test.ts) wait side by side instead of one after the other.
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
