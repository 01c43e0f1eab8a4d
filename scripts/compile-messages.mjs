// Compiles the message catalogues (electron/i18n/locales/<locale>/<namespace>.json, flat
// "namespace.key": "ICU message" pairs) into one small JS module per locale with
// @messageformat/core, so neither the window nor main parses ICU at run time: the window loads
// only its locale's module (a few hundred bytes of runtime plus its words). Also writes the
// pseudo-locale (en-XA: accented, 40% longer, wrapped in ⟦ ⟧) that the e2e run uses to find
// text that escaped the catalogue, and `keys.ts`, the type of every key.
//
// Fails, naming locale and key, on: a key missing from or unknown to a locale, a message that
// does not parse, placeholders that differ from English, a plural or select without `other`,
// a plural category the locale does not have, a key outside its file's namespace.
//   node scripts/compile-messages.mjs          write the generated files
//   node scripts/compile-messages.mjs --check  fail if they are stale (used by npm test)
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/compile-module.js';
import { parse } from '@messageformat/parser';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pseudoMessage } from './pseudo-locale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const LOCALES_DIR = `${root}electron/i18n/locales`;
const OUT_DIR = `${root}electron/i18n/common/generated`;
export const SOURCE_LOCALE = 'en';
export const PSEUDO_LOCALE = 'en-XA';

/** Every catalogue file of one locale, merged: { key: message }, plus each key's file. */
export function readLocale(locale, localesDir = LOCALES_DIR) {
  const dir = `${localesDir}/${locale}`;
  const messages = {};
  const errors = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const namespace = file.slice(0, -'.json'.length);
    let data;
    try {
      data = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
    } catch (error) {
      errors.push(`${locale}/${file}: not valid JSON (${error.message})`);
      continue;
    }
    for (const [key, message] of Object.entries(data)) {
      if (!key.startsWith(`${namespace}.`)) errors.push(`${locale}/${file}: "${key}" must start with "${namespace}."`);
      else if (typeof message !== 'string') errors.push(`${locale}/${file}: "${key}" is not a string`);
      else messages[key] = message;
    }
  }
  return { messages, errors };
}

export function localesOnDisk(localesDir = LOCALES_DIR) {
  return readdirSync(localesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort((a, b) => (a === SOURCE_LOCALE ? -1 : b === SOURCE_LOCALE ? 1 : a.localeCompare(b)));
}

/** Placeholder names and the shape of plurals/selects, for comparing a translation with English. */
function walk(tokens, visit) {
  for (const token of tokens) {
    visit(token);
    if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal')
      for (const c of token.cases) walk(c.tokens, visit);
    if (token.type === 'function' && token.param) walk(token.param, visit);
  }
}

function argumentsOf(tokens) {
  const args = new Set();
  walk(tokens, (t) => {
    if (t.type !== 'content' && t.type !== 'octothorpe') args.add(t.arg);
  });
  return [...args].sort();
}

function checkMessage(locale, key, message) {
  const errors = [];
  let tokens;
  try {
    tokens = parse(message, { strict: false });
  } catch (error) {
    return { errors: [`${locale}: "${key}" does not parse: ${error.message}`], tokens: [] };
  }
  const categories = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
  const ordinals = new Set(new Intl.PluralRules(locale, { type: 'ordinal' }).resolvedOptions().pluralCategories);
  walk(tokens, (t) => {
    if (t.type !== 'plural' && t.type !== 'select' && t.type !== 'selectordinal') return;
    const keys = t.cases.map((c) => c.key);
    if (!keys.includes('other')) errors.push(`${locale}: "${key}" has a ${t.type} on {${t.arg}} without an "other" case`);
    if (t.type === 'select') return;
    const allowed = t.type === 'plural' ? categories : ordinals;
    for (const k of keys)
      if (!/^=\d+$/.test(k) && !allowed.has(k))
        errors.push(`${locale}: "${key}" uses plural category "${k}", which ${locale} does not have (${[...allowed].join(', ')})`);
  });
  return { errors, tokens };
}

/**
 * Keys only main ever asks for stay out of the window's catalogues: a window loads its language's
 * words with its views, so a tray label, a `--help` line or an import-preview problem there is paid
 * for by every window. A key is the window's when a module the window's code can reach uses it
 * (renderer/src/main.tsx and every module it imports, statically or lazily, `@electron/` resolved);
 * main's when only other modules use it. A key used nowhere as a whole literal (built at run time)
 * stays in, unless an `// i18n-keys: prefix.*` comment outside the window's modules is its only claim.
 */
const WINDOW_ENTRY = 'renderer/src/main.tsx';
function sourceFiles(dir, out = []) {
  for (const entry of readdirSync(`${root}${dir}`, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'generated' && entry.name !== 'locales') sourceFiles(path, out);
    } else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** A module specifier from `from` as a project file (root-relative), or null for packages and catalogues. */
function resolveImport(from, specifier) {
  let base;
  if (specifier.startsWith('@electron/')) base = `electron/${specifier.slice('@electron/'.length)}`;
  else if (specifier.startsWith('.')) base = posix.normalize(posix.join(posix.dirname(from), specifier));
  else return null;
  const stem = base.replace(/\.(js|ts|tsx)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`, `${stem}/index.ts`, `${stem}/index.tsx`])
    if (existsSync(`${root}${candidate}`)) return candidate;
  return null;
}

/** Every project module the window's code can load: a walk of its imports from WINDOW_ENTRY. */
export function windowModules(entry = WINDOW_ENTRY) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Type-only imports load nothing, so the words of what they name are not the window's.
    const text = readFileSync(`${root}${file}`, 'utf8').replace(/\b(?:import|export)\s+type\s[^;]*?from\s*['"][^'"]+['"]/g, '');
    for (const m of text.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const target = resolveImport(file, m[1] ?? m[2] ?? m[3]);
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

export function mainOnlyKeys(keys) {
  const window = windowModules();
  const usedByWindow = new Set();
  const usedByMain = new Set();
  const known = new Set(keys);
  for (const file of [...sourceFiles('electron'), ...sourceFiles('renderer/src')]) {
    const text = readFileSync(`${root}${file}`, 'utf8');
    const users = window.has(file) ? usedByWindow : usedByMain;
    for (const m of text.matchAll(/['"`]([a-z]+\.[A-Za-z0-9_.]+)['"`]/g)) if (known.has(m[1])) users.add(m[1]);
    for (const m of text.matchAll(/i18n-keys:\s*([^\n]+)/g))
      for (const prefix of m[1].split(/[\s,]+/).filter((p) => p.endsWith('.*')))
        for (const key of keys) if (key.startsWith(prefix.slice(0, -1))) users.add(key);
  }
  return new Set(keys.filter((k) => usedByMain.has(k) && !usedByWindow.has(k)));
}

/**
 * The window's words come in groups, each its own chunk: `shell` (the frame, home, the reminder
 * window) is loaded before the first frame; every other group is loaded with the lazily loaded
 * view that shows it (renderer/src/views/view-map.tsx names which). A key goes to the first group
 * whose pattern it matches, else to `shell`; a key a view needs but its groups lack shows as the
 * bare key, which the pseudo-locale e2e walk fails on.
 */
export const WORD_GROUP_PATTERNS = [
  // Zod's words for a failed check (validation-words.ts): the window checks values only in Settings.
  ['settings', /^settings\.|^exercises\.voice\.|^app\.field\.|^errors\.invalid\./],
  // The weekly function question is asked on the session's finish screen as well as in History: shell.
  ['history', /^history\.(?!function\.)/],
  ['figures', /^app\.figure\./],
  // The routine editor's words (issue 24); the own mark and the nav label stay in the shell.
  ['routines', /^routines\.(ui\.|error\.|store\.|copyOf$|share\.|image\.)/],
  // Exercise names and routines stay in the shell (home, settings and safety list them; home marks
  // own routines with routines.own.mark), and so do
  // the words of every lead-in (steps, preparation, position cues, "first"/"next"): a routine's
  // length is planned from how long they take to say, and home shows each routine's length.
  [
    'session',
    /^routines\.own\.(feel|flareHeldBack|notScreened)$|^app\.(announce|finish|floor|phase|player|preview|session|pain)\.|^exercises\.(?!routine\.|sides\.|voice\.|position\.|say\.(first|next)$)[A-Za-z]+\.(?!name$|step\d+$|prepare$)/,
  ],
  // The escalation note and the flare-up headline are on home.
  ['safety', /^app\.(safety|screening|flare|leaveOut|leftOut|notOffered|warningSigns|firstRun)\.|^safety\.(?!escalation\.|flare\.)/],
];
export const WORD_GROUPS = ['shell', ...WORD_GROUP_PATTERNS.map(([g]) => g)];
export const wordGroupOf = (key) => WORD_GROUP_PATTERNS.find(([, pattern]) => pattern.test(key))?.[0] ?? 'shell';

/** The window's loaders: one literal import per language and group, so each is its own chunk. */
function wordsModule(locales) {
  const rows = locales.map(
    (l) => `  '${l}': {\n${WORD_GROUPS.map((g) => `    ${g}: () => import('./${l}-${g}.js'),`).join('\n')}\n  },`,
  );
  // No imports: this folder must not import its parent back (tests/unit/architecture/import-cycles.test.ts);
  // each module's type, `{ default: Catalog }`, comes from its declaration beside it.
  return (
    `export const WORD_GROUPS = ${JSON.stringify(WORD_GROUPS).replace(/"/g, "'")} as const;\n` +
    'export type WordGroup = (typeof WORD_GROUPS)[number];\n\n' +
    '/** Each language\'s groups, keyed by locale. */\n' +
    'export const WORDS = {\n' +
    rows.join('\n') +
    '\n};\n'
  );
}

/** All checks and compiled sources; nothing is written. */
export function compileAll(localesDir = LOCALES_DIR) {
  const errors = [];
  const outputs = {};
  const source = readLocale(SOURCE_LOCALE, localesDir);
  errors.push(...source.errors);
  const sourceKeys = Object.keys(source.messages).sort();
  const sourceArgs = {};
  for (const key of sourceKeys) {
    const checked = checkMessage(SOURCE_LOCALE, key, source.messages[key]);
    errors.push(...checked.errors);
    sourceArgs[key] = argumentsOf(checked.tokens).join(',');
  }
  const catalogues = { [PSEUDO_LOCALE]: Object.fromEntries(sourceKeys.map((k) => [k, pseudoMessage(source.messages[k])])) };
  for (const locale of localesOnDisk(localesDir)) {
    const { messages, errors: readErrors } = locale === SOURCE_LOCALE ? source : readLocale(locale, localesDir);
    if (locale !== SOURCE_LOCALE) errors.push(...readErrors);
    for (const key of sourceKeys) if (!(key in messages)) errors.push(`${locale}: missing "${key}"`);
    for (const key of Object.keys(messages)) if (!(key in source.messages)) errors.push(`${locale}: "${key}" is not an English key`);
    if (locale !== SOURCE_LOCALE)
      for (const key of sourceKeys) {
        if (!(key in messages)) continue;
        const checked = checkMessage(locale, key, messages[key]);
        errors.push(...checked.errors);
        const args = argumentsOf(checked.tokens).join(',');
        if (checked.errors.length === 0 && args !== sourceArgs[key])
          errors.push(`${locale}: "${key}" has placeholders {${args}}, English has {${sourceArgs[key]}}`);
      }
    catalogues[locale] = Object.fromEntries(sourceKeys.filter((k) => k in messages).map((k) => [k, messages[k]]));
  }
  if (errors.length) return { errors, outputs };
  const header = (locale) =>
    `// Generated by scripts/compile-messages.mjs from electron/i18n/locales/${locale === PSEUDO_LOCALE ? SOURCE_LOCALE : locale} — do not edit.\n`;
  const mainOnly = localesDir === LOCALES_DIR ? mainOnlyKeys(sourceKeys) : new Set();
  const declaration = (locale, up) =>
    header(locale) + `import type { Catalog } from '${up}../catalog';\ndeclare const catalog: Catalog;\nexport default catalog;\n`;
  for (const [locale, messages] of Object.entries(catalogues)) {
    const mf = new MessageFormat(locale === PSEUDO_LOCALE ? SOURCE_LOCALE : locale, { strict: false });
    const groups = Object.fromEntries(WORD_GROUPS.map((g) => [g, {}]));
    const mainMessages = {};
    for (const [key, message] of Object.entries(messages)) {
      if (mainOnly.has(key)) mainMessages[key] = message;
      else groups[wordGroupOf(key)][key] = message;
    }
    for (const group of WORD_GROUPS) {
      outputs[`window/${locale}-${group}.js`] = header(locale) + compileModule(mf, groups[group]) + '\n';
      outputs[`window/${locale}-${group}.d.ts`] = declaration(locale, '../');
    }
    // Main's catalogue: the window's groups, each written once above, and the words only main uses.
    const supplement = compileModule(mf, mainMessages);
    const imports = WORD_GROUPS.map((g) => `import ${g} from "./window/${locale}-${g}.js";`).join('\n');
    const spread = WORD_GROUPS.map((g) => `  ...${g},`).join('\n');
    if (!supplement.includes('export default {')) throw new Error('compile-module output changed shape');
    outputs[`${locale}.js`] = header(locale) + imports + '\n' + supplement.replace('export default {', `export default {\n${spread}`) + '\n';
    outputs[`${locale}.d.ts`] = declaration(locale, '');
  }
  outputs['window/words.ts'] = header(SOURCE_LOCALE) + wordsModule(Object.keys(catalogues).sort());
  outputs['keys.ts'] =
    header(SOURCE_LOCALE) +
    '/** Every message key; English is the source catalogue. */\nexport type MessageKey =\n' +
    sourceKeys.map((k) => `  | '${k}'`).join('\n') +
    ';\n\nexport const LOCALES_WITH_CATALOGUES = ' +
    JSON.stringify(Object.keys(catalogues).sort()) +
    ' as const;\n';
  return { errors, outputs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const { errors, outputs } = compileAll();
  if (errors.length) {
    console.error(`Message catalogues have ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
    process.exit(1);
  }
  mkdirSync(`${OUT_DIR}/window`, { recursive: true });
  const stale = [];
  for (const [name, text] of Object.entries(outputs)) {
    const path = `${OUT_DIR}/${name}`;
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === text) continue;
    if (check) stale.push(name);
    else writeFileSync(path, text);
  }
  const known = new Set(Object.keys(outputs));
  const listed = [...readdirSync(OUT_DIR).filter((f) => f !== 'window'), ...readdirSync(`${OUT_DIR}/window`).map((f) => `window/${f}`)];
  const extra = listed.filter((f) => !known.has(f));
  if (check && (stale.length || extra.length)) {
    console.error(`Generated catalogues are stale (${[...stale, ...extra].join(', ')}): run npm run messages`);
    process.exit(1);
  }
  if (!check) for (const name of extra) rmSync(`${OUT_DIR}/${name}`);
  if (!check) console.log(`Compiled ${Object.keys(outputs).length} files into electron/i18n/common/generated`);
}
