// Builds the three parts: the renderer (Vite), main (ESM, runtime deps external, they ship in the
// asar) and the sandboxed preload (one self-contained CommonJS file, as a sandbox requires).
import { build as esbuild } from 'esbuild';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export async function build({ quiet = false } = {}) {
  rmSync(`${root}/dist`, { recursive: true, force: true });
  await viteBuild({ root: `${root}/renderer`, configFile: `${root}/vite.config.ts`, logLevel: quiet ? 'warn' : 'info' });
  const common = { bundle: true, platform: 'node', target: 'node22', logLevel: quiet ? 'warning' : 'info', legalComments: 'none' };
  await esbuild({
    ...common,
    entryPoints: [`${root}/electron/main/main.ts`],
    outfile: `${root}/dist/main/main.js`,
    format: 'esm',
    external: ['electron', ...Object.keys(pkg.dependencies)],
  });
  await esbuild({
    ...common,
    entryPoints: [`${root}/electron/preload/preload.ts`],
    outfile: `${root}/dist/preload/preload.cjs`,
    format: 'cjs',
    external: ['electron'],
  });
  cpSync(`${root}/electron/assets`, `${root}/dist/main/assets`, { recursive: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
