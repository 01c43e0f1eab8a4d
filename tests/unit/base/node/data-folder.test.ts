// The audit's hostile data folders (issue 26): a folder, a FIFO, a link to /dev/zero or a link to
// another file where settings.json or history.jsonl should be. Each gets a clear message, is moved
// aside untouched (kept, never deleted), Limber starts, and nothing outside the folder is changed.
// Every open is raced against a 10-s liveness bound: the old code hung forever on a FIFO.
import { execFileSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../../../electron/history/node/history-store';
import { DEFAULT_SETTINGS } from '../../../../electron/settings/common/schema';
import { openSettings } from '../../../../electron/settings/node/settings-store';
import { confBackend } from '../../../support/conf-backend';

const now = new Date('2026-11-24T10:00:00Z');
const base = () => mkdtemp(join(tmpdir(), 'limber-folder-'));

/** Fails instead of hanging: the bound is liveness only, far above a normal open. */
function live<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('still waiting after 10 s')), 10_000).unref()),
  ]);
}

type Plant = (path: string, dir: string) => Promise<string>;
const PLANTS: Array<[string, Plant]> = [
  ['a folder', async (path) => (await mkdir(path), 'a folder')],
  ['a FIFO', (path) => (execFileSync('mkfifo', [path]), Promise.resolve('a named pipe'))],
  ['a link to /dev/zero', async (path) => (await symlink('/dev/zero', path), 'a symbolic link')],
];

describe('settings.json that is not a file', () => {
  it.each(PLANTS)('%s: moved aside and kept, defaults used, saving works', async (_name, plant) => {
    const dir = await base();
    const path = join(dir, 'settings.json');
    const what = await plant(path, dir);
    const settings = await live(openSettings(dir, confBackend, now));
    expect(settings.recovery?.message).toMatch(new RegExp(`^Your settings file was ${what}, not a file, so Limber started with its defaults\\. It was moved aside, untouched, as .*settings\\.not-a-file-`));
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect((await lstat(settings.recovery!.keptAt)).isFile()).toBe(false); // the thing itself, kept
    expect(settings.update({ stretchIntervalMin: 50 }).ok).toBe(true);
    expect((await lstat(path)).isFile()).toBe(true);
  });

  it('a link to another file: that file is neither read nor rewritten', async () => {
    const dir = await base();
    const victim = join(await base(), 'notes.txt');
    await writeFile(victim, '{"stretchIntervalMin": 99}', { mode: 0o644 });
    await symlink(victim, join(dir, 'settings.json'));
    const settings = await live(openSettings(dir, confBackend, now));
    expect(settings.get().stretchIntervalMin).toBe(DEFAULT_SETTINGS.stretchIntervalMin);
    settings.update({ stretchIntervalMin: 50 });
    expect(await readFile(victim, 'utf8')).toBe('{"stretchIntervalMin": 99}');
    expect((await stat(victim)).mode & 0o777).toBe(0o644);
  });

  it('a file with a UTF-8 byte-order mark (a Notepad edit) keeps every setting', async () => {
    const dir = await base();
    await writeFile(join(dir, 'settings.json'), `\uFEFF${JSON.stringify({ ...DEFAULT_SETTINGS, stretchIntervalMin: 55 })}`);
    const settings = await live(openSettings(dir, confBackend, now));
    expect(settings.recovery).toBeNull();
    expect(settings.get().stretchIntervalMin).toBe(55);
  });
});

describe('history.jsonl that is not a file', () => {
  it.each(PLANTS)('%s: moved aside and kept, a new file begun, appending works', async (_name, plant) => {
    const dir = await base();
    const path = join(dir, 'history.jsonl');
    const what = await plant(path, dir);
    const history = await live(openHistory(dir, () => now));
    expect(history.recovery?.message).toMatch(new RegExp(`^Your history file was ${what}, not a file, so Limber began a new one\\.`));
    await history.append({ kind: 'walk', minutes: 10 });
    expect((await lstat(path)).isFile()).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('a link to another file: its mode, its last line and its content stay as they were', async () => {
    const dir = await base();
    const victim = join(await base(), 'diary.txt');
    const content = 'line one\nno newline at the end';
    await writeFile(victim, content, { mode: 0o644 });
    await symlink(victim, join(dir, 'history.jsonl'));
    const history = await live(openHistory(dir, () => now));
    await history.append({ kind: 'walk', minutes: 10 });
    expect(await readFile(victim, 'utf8')).toBe(content);
    expect((await stat(victim)).mode & 0o777).toBe(0o644);
  });
});
