import { installedElectronBinary } from '../../scripts/electron-binary.mjs';

export type BackendKind = 'electron' | 'chromium';

/** Electron when its binary is installed, else Debian's Chromium; LIMBER_E2E_BACKEND overrides. */
export function chooseBackend(): BackendKind {
  const forced = process.env['LIMBER_E2E_BACKEND'];
  if (forced === 'electron' || forced === 'chromium') return forced;
  return installedElectronBinary() ? 'electron' : 'chromium';
}

export const CHROMIUM_PATH = process.env['LIMBER_CHROMIUM'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
