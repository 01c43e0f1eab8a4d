import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * How renderer modules are resolved and compiled, shared with vitest.config.ts so its tests load
 * them the same way (renderer/tsconfig.json mirrors the aliases for the type-checker). `@electron/…` is
 * electron/: the renderer may import only the `common/` folders under it (lint enforces this).
 */
export const rendererModules = {
  resolve: { alias: { '@electron': fileURLToPath(new URL('./electron', import.meta.url)) } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
} as const;

// The renderer: a static bundle loaded from app://limber/ in production and from the e2e
// harness's stand-in origin in tests. Relative base so it works under any origin.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: 'public',
  ...rendererModules,
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: false,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
