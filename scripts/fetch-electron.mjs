// postinstall: fetch Electron's binary the way the electron package would, but never fail the
// install when its download host is unreachable (build and CI machines here can only reach the npm
// registry). Then print ONE line saying what that means. On a connected machine this just works.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronPackageDir, installedElectronBinary } from './electron-binary.mjs';

if (installedElectronBinary()) process.exit(0);

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('limber: ELECTRON_SKIP_BINARY_DOWNLOAD is set, so the Electron binary was not fetched; tests use the Chromium e2e backend and `npm start` will ask for it.');
  process.exit(0);
}

const result = spawnSync(process.execPath, [join(electronPackageDir(), 'install.js')], {
  encoding: 'utf8',
  timeout: 10 * 60_000,
});
if (result.status === 0 && installedElectronBinary()) {
  console.log('limber: Electron binary installed.');
} else {
  console.log(
    'limber: the Electron binary could not be downloaded (its download host is unreachable); everything but `npm start` works, and `npm run fetch-electron` fetches it on a connected machine.',
  );
}
process.exit(0);
