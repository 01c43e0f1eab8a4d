// Types for tests that run the catalogue checks on scratch folders.
export function compileAll(localesDir?: string): { errors: string[]; outputs: Record<string, string> };
export function readLocale(locale: string, localesDir?: string): { messages: Record<string, string>; errors: string[] };
export function localesOnDisk(localesDir?: string): string[];
export const LOCALES_DIR: string;
export const SOURCE_LOCALE: string;
export const PSEUDO_LOCALE: string;
/** The window's word group a key joins (`shell` when no pattern matches). */
export function wordGroupOf(key: string): string;
export const WORD_GROUPS: string[];
