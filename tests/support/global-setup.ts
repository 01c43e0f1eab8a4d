import { existsSync } from 'node:fs';
import { build } from '../../scripts/build.mjs';
import { chooseBackend } from './backend';
import { projectRoot } from './project-root';

const root = projectRoot();

/** Says which backend runs (nothing is silently skipped) and makes sure the build exists. */
export default async function globalSetup(): Promise<void> {
  console.log(`e2e backend: ${chooseBackend()}`);
  if (!existsSync(`${root}/dist/renderer/index.html`) || !existsSync(`${root}/dist/main/main.js`)) {
    await build({ quiet: true });
  }
}
