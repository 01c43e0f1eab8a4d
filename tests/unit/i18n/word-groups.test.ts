import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/project-root';
import { WORD_GROUPS, wordGroupOf } from '../../../scripts/compile-messages.mjs';
import type { Catalog } from '../../../electron/i18n/common/catalog';
import { WORDS } from '../../../electron/i18n/common/generated/window/words';
import { activateCatalog } from '../../../electron/i18n/common/translate';
import { planRoutine } from '../../../electron/exercises/common/plan';
import { ROUTINES } from '../../../electron/exercises/common/routines';

// The window loads its words in groups (scripts/compile-messages.mjs): the first frame has `shell`
// only, and each lazily loaded view adds the groups its loader names. A word a screen shows but
// none of its groups holds appears as the bare key. This walks the page's own code from each place
// it starts (the entry, and every lazily imported module with the groups it loads beside it) and
// checks every key a reachable file names is in `shell` or in that start's groups.

const root = projectRoot();
const src = join(root, 'renderer', 'src');
const KEY = /['"`]((?:app|exercises|history|safety|settings)\.[A-Za-z0-9_.]+)['"`]/g;
/** A lazily imported module and the word groups loaded beside it, on one line: `lazyView(() => import('./X')…, ['a'])`. */
const LAZY = /import\('(\.[^']+)'\)[^\n]*?\[((?:'[a-z]+'(?:,\s*)?)+)\]|import\('(\.[^']+)'\)/g;
const STATIC = /^\s*import\s+(?!type\b)[^'";]*?['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/gm;

function resolveModule(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  return null;
}

interface Start {
  file: string;
  groups: string[];
}

/** Every static import reachable from `start` (the page's own modules), and the lazily imported starts found on the way. */
function walk(start: string, lazy: Start[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(STATIC)) {
      const next = resolveModule(file, (m[1] ?? m[2])!);
      if (next) visit(next);
    }
    for (const m of text.matchAll(LAZY)) {
      const target = resolveModule(file, (m[1] ?? m[3])!);
      const groups = m[2] ? [...m[2].matchAll(/'([a-z]+)'/g)].map((g) => g[1]!) : [];
      if (target) lazy.push({ file: target, groups });
    }
  };
  visit(start);
  return seen;
}

function escapes(): string[] {
  const problems: string[] = [];
  const starts: Start[] = [{ file: join(src, 'main.tsx'), groups: [] }];
  const done = new Set<string>();
  for (let i = 0; i < starts.length; i++) {
    const { file, groups } = starts[i]!;
    const id = `${file}:${groups.join(',')}`;
    if (done.has(id)) continue;
    done.add(id);
    for (const group of groups)
      if (!WORD_GROUPS.includes(group)) problems.push(`${relative(root, file)} loads unknown group "${group}"`);
    const allowed = new Set(['shell', ...groups]);
    for (const reached of walk(file, starts)) {
      for (const m of readFileSync(reached, 'utf8').matchAll(KEY)) {
        const group = wordGroupOf(m[1]!);
        if (!allowed.has(group))
          problems.push(
            `${relative(root, reached)} (from ${relative(root, file)}, groups ${[...allowed].join('+')}) shows "${m[1]}" of group "${group}"`,
          );
      }
    }
  }
  return problems;
}

describe("the window's word groups", () => {
  it('every word a screen names is loaded with it: the first frame has the shell, each lazy view its own groups', () => {
    expect(escapes()).toEqual([]);
  });

  it('the walk reaches the lazily loaded views (so the check above is not vacuous)', () => {
    const starts: Start[] = [];
    walk(join(src, 'main.tsx'), starts);
    const names = starts.map((s) => relative(src, s.file));
    expect(names).toEqual(
      expect.arrayContaining([
        'views/SafetyView.tsx',
        'views/settings/SettingsView.tsx',
        'views/history/HistoryView.tsx',
        'views/ReminderView.tsx',
      ]),
    );
  });
});

describe("home's routine lengths with the first frame's words only", () => {
  // A routine's length is planned from how long its lead-ins take to say (exercises/common/plan.ts):
  // home shows it before any view's words are loaded, so those words must be in the shell group.
  it('are the lengths the full catalogue gives, in every language', async () => {
    for (const locale of ['en', 'de', 'es', 'fr'] as const) {
      const full = (await import(`../../../electron/i18n/common/generated/${locale}.js`)) as { default: Catalog };
      activateCatalog(locale, full.default);
      const whole = ROUTINES.map((r) => `${r.id}: ${planRoutine(r).totalSec} s`);
      activateCatalog(locale, (await WORDS[locale].shell()).default);
      expect(
        ROUTINES.map((r) => `${r.id}: ${planRoutine(r).totalSec} s`),
        locale,
      ).toEqual(whole);
    }
    activateCatalog('en', (await import('../../../electron/i18n/common/generated/en.js')).default);
  });
});
