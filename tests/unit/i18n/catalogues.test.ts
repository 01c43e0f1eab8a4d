import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';

// The catalogues compile, every locale has every English key with the same placeholders, and
// the generated modules are what the sources say (run `npm run messages` after editing them).
describe('message catalogues', () => {
  it('are complete, valid and compiled (npm run messages -- --check)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/compile-messages.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});

describe('the catalogue checks', () => {
  // Each rule, broken once in a scratch copy of the checker's input, must be reported by name.
  async function problemsWith(files: Record<string, Record<string, string>>): Promise<string[]> {
    const dir = mkdtempSync(`${tmpdir()}/limber-locales-`);
    for (const [path, data] of Object.entries(files)) {
      const [locale] = path.split('/');
      mkdirSync(`${dir}/${locale}`, { recursive: true });
      writeFileSync(`${dir}/${path}`, JSON.stringify(data));
    }
    const { compileAll } = await import('../../../scripts/compile-messages.mjs');
    return compileAll(dir).errors;
  }

  const en = { 'app.a': 'Sitting for {minutes, plural, one {# minute} other {# minutes}}', 'app.b': 'Hello {name}' };

  it('accepts a complete translation', async () => {
    expect(
      await problemsWith({ 'en/app.json': en, 'de/app.json': { 'app.a': 'Seit {minutes, plural, one {# Minute} other {# Minuten}}', 'app.b': 'Hallo {name}' } }),
    ).toEqual([]);
  });
  it('names a missing key and an unknown one', async () => {
    const problems = await problemsWith({ 'en/app.json': en, 'de/app.json': { 'app.a': 'x {minutes}', 'app.c': 'c' } });
    expect(problems).toContain('de: missing "app.b"');
    expect(problems).toContain('de: "app.c" is not an English key');
  });
  it('names a changed placeholder', async () => {
    const problems = await problemsWith({ 'en/app.json': en, 'de/app.json': { 'app.a': '{minutes} Minuten', 'app.b': 'Hallo {nmae}' } });
    expect(problems).toContain('de: "app.b" has placeholders {nmae}, English has {name}');
  });
  it('names a plural without other, a category the language lacks, and a message that does not parse', async () => {
    const problems = await problemsWith({
      'en/app.json': en,
      'de/app.json': { 'app.a': '{minutes, plural, one {# Minute} few {# Minuten} other {# Minuten}}', 'app.b': 'Hallo {name' },
      'fr/app.json': { 'app.a': '{minutes, plural, one {# minute}}', 'app.b': 'Bonjour {name}' },
    });
    expect(problems).toContain('de: "app.a" uses plural category "few", which de does not have (one, other)');
    expect(problems.some((p) => p.startsWith('de: "app.b" does not parse'))).toBe(true);
    expect(problems).toContain('fr: "app.a" has a plural on {minutes} without an "other" case');
  });
  it('names a key outside its file', async () => {
    const problems = await problemsWith({ 'en/app.json': { ...en, 'main.x': 'x' } });
    expect(problems).toContain('en/app.json: "main.x" must start with "app."');
  });
});
