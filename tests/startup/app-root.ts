import { join } from 'node:path';
import { projectRoot } from '../support/project-root';

/**
 * What the start-up tests run: the repository's own build, or — when the package check sets
 * LIMBER_STARTUP_APP_ROOT — the app it packed, unpacked from its asar.
 */
export const appRoot = process.env['LIMBER_STARTUP_APP_ROOT'] ?? projectRoot();
export const mainDir = join(appRoot, 'dist', 'main');
