import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/project-root';

// docs/architecture.md is a newcomer's map: its feature map names every main-side file once, and
// every path it names anywhere (layers, recipes, the walkthrough) exists.
const root = projectRoot();
const doc = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
const section = (heading: string) => {
  const start = doc.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`docs/architecture.md has no "## ${heading}" section`);
  const end = doc.indexOf('\n## ', start + 4);
  return doc.slice(start, end < 0 ? undefined : end);
};
const sourceFiles = () =>
  execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'electron'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));

describe('docs/architecture.md', () => {
  it('maps every file under electron/ exactly once, each with its job', () => {
    const lines = section('Feature map').split('\n').filter((l) => l.startsWith('- `'));
    const mapped = lines.map((l) => /^- `([^`]+)` — \S/.exec(l)?.[1] ?? `malformed: ${l}`);
    const duplicates = mapped.filter((f, i) => mapped.indexOf(f) !== i);
    expect(duplicates).toEqual([]);
    expect([...mapped].sort()).toEqual(sourceFiles().sort());
  });

  it('names only files and folders that exist', () => {
    const named = [...doc.matchAll(/`((?:electron|renderer|tests|docs|scripts|bench)\/[^`*<>{} ]+)`/g)].map((m) => m[1]!.replace(/[/:].*?\(\)$/, ''));
    const missing = [...new Set(named)].filter((p) => !existsSync(path.join(root, p.replace(/\/$/, ''))));
    expect(missing).toEqual([]);
  });
});
