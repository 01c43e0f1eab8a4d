import { defineConfig } from 'vitest/config';

// Integration tests: real OS parts (a private D-Bus session bus, Xvfb, dunst, notify-send) driven
// from plain Node. Files run one at a time: run side by side, the real voice's start-up (speech-
// dispatcher listing 13,000 voices) made the hidden window's cues 310 ms late on a busy machine, in
// two runs out of two. npm test runs the two timed files side by side all the same, each in a vitest
// of its own, with their measured spans started together after both start-ups
// (tests/support/timed-rendezvous.ts), and the rest of this stage after them.
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
