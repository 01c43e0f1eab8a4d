// npm start: build, then launch the app in Electron; without the binary, one sentence and exit 1.
import { spawn } from 'node:child_process';
import { installedElectronBinary } from './electron-binary.mjs';
import { build } from './build.mjs';

const electron = installedElectronBinary();
if (!electron) {
  console.error(
    'Limber cannot start: the Electron binary is not installed (this machine could not download it) — run `npm run fetch-electron` on a machine with internet access, then `npm start` again.',
  );
  process.exit(1);
}

await build();
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, ['.'], { stdio: 'inherit', env });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
