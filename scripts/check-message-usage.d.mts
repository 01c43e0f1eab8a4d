// Types for the test that runs the key-usage check.
export interface SourceScan {
  literals: Set<string>;
  called: Set<string>;
  prefixes: Set<string>;
}
export function scanSource(texts: string[]): SourceScan;
export function usageProblems(catalogues: Record<string, Set<string>>, source: SourceScan): string[];
export function checkRepository(): string[];
export const SOURCE_DIRS: string[];
