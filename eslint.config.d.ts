// Types for eslint.config.js, so tests/unit/architecture can run the import table's rows as lint does.
import type { Linter } from 'eslint';

export function importRows(): Linter.Config[];
declare const config: Linter.Config[];
export default config;
