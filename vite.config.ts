import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * How renderer modules are resolved and compiled, shared with vitest.config.ts so its tests load
 * them the same way (renderer/tsconfig.json mirrors the aliases for the type-checker). `@core/…` is
 * electron/core: the renderer may import its pure modules.
 */
export const rendererModules = {
  resolve: { alias: { '@core': fileURLToPath(new URL('./electron/core', import.meta.url)) } },
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
