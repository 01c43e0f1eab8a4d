import { defineConfig } from 'vite';

// The renderer: a static bundle loaded from app://limber/ in production and from the e2e
// harness's stand-in origin in tests. Relative base so it works under any origin.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: 'public',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: false,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
