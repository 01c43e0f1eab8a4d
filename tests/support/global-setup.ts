import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from '../../scripts/build.mjs';
import { chooseBackend } from './backend';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Says which backend runs (nothing is silently skipped) and makes sure the build exists. */
export default async function globalSetup(): Promise<void> {
  console.log(`e2e backend: ${chooseBackend()}`);
  if (!existsSync(`${root}/dist/renderer/index.html`) || !existsSync(`${root}/dist/main/main.js`)) {
    await build({ quiet: true });
  }
}
