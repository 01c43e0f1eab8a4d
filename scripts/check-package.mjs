// Validates electron-builder.yml and packs the app with `--dir` against a stand-in Electron (the
// real binary cannot be downloaded on build machines), then checks what went into the asar, what
// was unpacked, that the fuses were flipped as configured, and that the packed app starts (the
// start-up tests, run against the asar's contents). Exits non-zero on any problem.
import asar from '@electron/asar';
import fuses from '@electron/fuses';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const { FuseV1Options, getCurrentFuseWire } = fuses;
// Byte values of a fuse's state in the wire ('0' and '1').
const FuseState = { DISABLE: 48, ENABLE: 49 };
const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const work = mkdtempSync(join(tmpdir(), 'limber-package-'));
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

// A stand-in Electron: a tiny executable carrying a fuse wire with Electron's default states, so
// electron-builder's real fuse step runs against it.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const defaults = [1, 0, 1, 1, 0, 0, 0, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));
const distDir = join(work, 'electron-dist');
execFileSync('mkdir', ['-p', distDir]);
writeFileSync(
  join(distDir, 'electron'),
  Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(SENTINEL), Buffer.from([1, defaults.length, ...defaults])]),
  { mode: 0o755 },
);
writeFileSync(join(distDir, 'version'), electronVersion);

if (!existsSync(join(root, 'dist/main/main.js'))) {
  console.log('building first…');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
}

const output = join(work, 'release');
execFileSync(
  join(root, 'node_modules/.bin/electron-builder'),
  ['--linux', '--dir', `-c.electronDist=${distDir}`, `-c.electronVersion=${electronVersion}`, `-c.directories.output=${output}`],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
);
check(true, 'electron-builder.yml is valid and `--dir` packs');

const unpacked = join(output, 'linux-unpacked');
const asarPath = join(unpacked, 'resources', 'app.asar');
const files = asar.listPackage(asarPath, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
const has = (p) => files.includes(p);

for (const required of ['/package.json', '/dist/main/main.js', '/dist/preload/preload.cjs', '/dist/renderer/index.html', '/dist/main/assets/tray.png']) {
  check(has(required), `asar contains ${required}`);
}
for (const dep of Object.keys(pkg.dependencies)) check(has(`/node_modules/${dep}/package.json`), `runtime dependency ${dep} is packed`);
check(files.some((f) => /^\/dist\/renderer\/assets\/.+\.js$/.test(f)), 'renderer bundle is packed');

const forbidden = [
  [/^\/(electron|renderer|tests|scripts|docs|bench|build)\//, 'sources, tests, scripts or docs'],
  [/\.map$/, 'source maps'],
  [/\.tsx?$/, 'TypeScript sources'],
  [/^\/node_modules\/\.bin\//, 'node_modules/.bin'],
];
for (const [pattern, label] of forbidden) {
  const offenders = files.filter((f) => pattern.test(f) && !f.startsWith('/node_modules/node-notifier/'));
  check(offenders.length === 0, `no ${label} in the asar${offenders.length ? `: ${offenders.slice(0, 5).join(', ')}` : ''}`);
}
// Packages reachable from `dependencies` belong in the asar (conf, say, is both electron-store's
// dependency and a devDependency for tests); every other devDependency must stay out.
const runtime = new Set();
const visit = (name) => {
  if (runtime.has(name)) return;
  runtime.add(name);
  const manifest = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return;
  for (const dep of Object.keys(JSON.parse(readFileSync(manifest, 'utf8')).dependencies ?? {})) visit(dep);
};
Object.keys(pkg.dependencies).forEach(visit);
for (const dev of Object.keys(pkg.devDependencies).filter((d) => !runtime.has(d))) {
  check(!has(`/node_modules/${dev}/package.json`), `devDependency ${dev} is not packed`);
}

const vendor = join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'node-notifier', 'vendor');
const vendorInAsar = files.filter((f) => f.startsWith('/node_modules/node-notifier/vendor/'));
check(!existsSync(vendor) && vendorInAsar.length === 0, `no node-notifier helper binaries are packed (no platform runs them)${vendorInAsar.length ? `: ${vendorInAsar.slice(0, 3).join(', ')}` : ''}`);
const icon = join(unpacked, 'resources', 'app.asar.unpacked', 'dist', 'main', 'assets', 'tray.png');
check(existsSync(icon), 'the notification icon is unpacked for notify-send');

const wire = await getCurrentFuseWire(join(unpacked, pkg.name));
const expectFuse = (option, state, label) => check(wire[option] === state, `fuse ${label}`);
expectFuse(FuseV1Options.RunAsNode, FuseState.DISABLE, 'RunAsNode is off');
expectFuse(FuseV1Options.EnableNodeOptionsEnvironmentVariable, FuseState.DISABLE, 'NODE_OPTIONS is off');
expectFuse(FuseV1Options.EnableNodeCliInspectArguments, FuseState.DISABLE, 'inspect arguments are off');
expectFuse(FuseV1Options.OnlyLoadAppFromAsar, FuseState.ENABLE, 'only-load-from-asar is on');
expectFuse(FuseV1Options.EnableEmbeddedAsarIntegrityValidation, FuseState.ENABLE, 'asar integrity validation is on');
expectFuse(FuseV1Options.GrantFileProtocolExtraPrivileges, FuseState.DISABLE, 'file:// extra privileges are off');

// What electron-builder will do for the targets this machine cannot build (AppImage runtime, macOS
// signing): read from the same electron-builder.yml, with electron-builder's own YAML reader.
const yaml = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'))('js-yaml');
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
const appImageToolset = String(config.toolsets?.appimage ?? '0.0.0');
check(
  /^[1-9]\d*\.\d+\.\d+$/.test(appImageToolset),
  `the AppImage uses the static runtime (toolsets.appimage ${appImageToolset}), which needs no libfuse.so.2`,
);
check(
  config.electronFuses?.resetAdHocDarwinSignature === true && config.mac?.identity !== null,
  'macOS: the app is re-signed ad hoc after the fuses are flipped, so Apple Silicon runs an unsigned build',
);
check(config.linux?.syncDesktopName === true && pkg.desktopName === `${config.appId}.desktop`, `Linux: the desktop file is ${pkg.desktopName}, matching the Wayland app_id`);

// Icons at the sizes each platform draws: PNG sizes from their headers, ICO sizes from its directory.
const pngSize = (buffer) => (buffer.toString('latin1', 12, 16) === 'IHDR' ? [buffer.readUInt32BE(16), buffer.readUInt32BE(20)] : null);
const packed = (path) => asar.extractFile(asarPath, path.slice(1));
const sizeOf = (path) => (has(path) ? pngSize(packed(path))?.join('×') : 'missing');
check(sizeOf('/dist/main/assets/trayTemplate.png') === '16×16', `macOS tray template is 16 px (${sizeOf('/dist/main/assets/trayTemplate.png')})`);
check(sizeOf('/dist/main/assets/trayTemplate@2x.png') === '32×32', `macOS tray template @2x is 32 px (${sizeOf('/dist/main/assets/trayTemplate@2x.png')})`);
check(sizeOf('/dist/main/assets/tray.png') === '32×32', `Linux tray icon is 32 px (${sizeOf('/dist/main/assets/tray.png')})`);
const ico = has('/dist/main/assets/tray.ico') ? packed('/dist/main/assets/tray.ico') : Buffer.alloc(6);
const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
check(icoSizes.includes(16) && icoSizes.includes(32), `Windows tray icon is an ICO with 16 and 32 px images (${icoSizes.join(', ') || 'none'})`);
const appIcon = pngSize(readFileSync(join(root, 'build', 'icon.png')));
check(appIcon !== null && appIcon[0] >= 512 && appIcon[1] === appIcon[0], `the app icon is square and at least 512 px for the .icns and .ico (${appIcon?.join('×')})`);

// The packed app starts: the start-up tests run main.js, the preload and every path main uses from
// the asar's contents, laid out as in the installed app (app.asar beside app.asar.unpacked).
const probe = join(work, 'probe', 'resources');
mkdirSync(probe, { recursive: true });
asar.extractAll(asarPath, join(probe, 'app.asar'));
symlinkSync(join(unpacked, 'resources', 'app.asar.unpacked'), join(probe, 'app.asar.unpacked'));
let started = true;
try {
  execFileSync(join(root, 'node_modules/.bin/vitest'), ['run', '--config', 'vitest.startup.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, LIMBER_STARTUP_APP_ROOT: join(probe, 'app.asar') },
  });
} catch {
  started = false;
}
check(started, 'the packed app passes the start-up tests (main, preload, every path it uses)');

rmSync(work, { recursive: true, force: true });
const total = files.length;
console.log(`asar: ${total} entries checked`);
if (failures.length) {
  console.error(`package check: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log('package check: all good');
