// Builds the app, bundles bench/run.ts (TypeScript, imports core and the e2e harness) and runs it
// with --expose-gc so memory figures are taken after a real collection.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as buildApp } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Always rebuild: sizes and load times of a stale dist/ would describe code that is no longer there.
// Steps that run only main-side code need no build (BENCH_ONLY=sitting takes about 20 s); any
// other selection, or none, builds first.
const MAIN_SIDE_ONLY = ['sitting', 'scheduler', 'presence', 'hostile', 'ipc', 'heap', 'history', 'desk'];
const only = (process.env.BENCH_ONLY ?? '').split(',').map((w) => w.trim()).filter(Boolean);
if (only.length === 0 || !only.every((w) => MAIN_SIDE_ONLY.includes(w))) await buildApp({ quiet: true });

// Inside the project so the bundle's bare imports resolve from node_modules.
const outfile = join(root, 'node_modules', '.cache', 'limber-bench', 'bench.mjs');
await build({
  entryPoints: [join(root, 'bench/run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const result = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
