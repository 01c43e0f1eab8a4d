// Lists, per locale, message keys the code uses that the locale lacks (missing) and keys the
// locale has that no code uses (unused). "Used" means the key appears whole as a string literal in
// the source ('settings.title' in a t() call or in a typed map of keys). A key built at run time
// (`settings.language.${code}`) cannot be seen that way: its prefix is declared next to the code
// that builds it with a comment `i18n-keys: settings.language.*`, and every key under a declared
// prefix counts as used.
//   node scripts/check-message-usage.mjs    print the problems; exit 1 if there are any
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES_DIR, localesOnDisk, readLocale } from './compile-messages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SOURCE_DIRS = ['electron', 'renderer/src'];
/** The catalogues themselves and their compiled forms name every key; they are not "use". */
const SKIP = [/\/i18n\/locales\//, /\/i18n\/common\/generated\//, /node_modules/];

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = `${dir}/${name}`;
    if (SKIP.some((re) => re.test(path))) continue;
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts|mjs|js)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Keys named in the source, keys asked of t() (which must exist), and declared dynamic prefixes. */
export function scanSource(texts) {
  const literals = new Set();
  const called = new Set();
  const prefixes = new Set();
  for (const text of texts) {
    for (const m of text.matchAll(/['"`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)['"`]/g)) literals.add(m[1]);
    for (const m of text.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)) called.add(m[1]);
    for (const m of text.matchAll(/i18n-keys:\s*([A-Za-z0-9.]+\.)\*/g)) prefixes.add(m[1]);
  }
  return { literals, called, prefixes };
}

/** Problems as lines: `de: unused "settings.x"`, `fr: missing "history.y" (used in code)`. */
export function usageProblems(catalogues, source) {
  const problems = [];
  for (const [locale, keys] of Object.entries(catalogues)) {
    for (const key of [...source.called].sort()) if (!keys.has(key)) problems.push(`${locale}: missing "${key}" (used in code)`);
    for (const key of [...keys].sort()) {
      const used = source.literals.has(key) || [...source.prefixes].some((p) => key.startsWith(p));
      if (!used) problems.push(`${locale}: unused "${key}"`);
    }
  }
  return problems;
}

export function checkRepository() {
  const texts = SOURCE_DIRS.flatMap((d) => sourceFiles(`${root}${d}`)).map((f) => readFileSync(f, 'utf8'));
  const catalogues = Object.fromEntries(localesOnDisk(LOCALES_DIR).map((l) => [l, new Set(Object.keys(readLocale(l).messages))]));
  return usageProblems(catalogues, scanSource(texts));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = checkRepository();
  if (problems.length) {
    console.error(`Message keys missing or unused (${problems.length}):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Every key the code uses is in every locale, and every key is used.');
}
