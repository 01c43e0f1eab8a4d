import Conf from 'conf';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanStaleTemps, writeFileAtomic } from '../../../../electron/base/node/fs-safe';
import { openHistory } from '../../../../electron/history/node/history-store';
import type { Settings } from '../../../../electron/settings/common/schema';
import { openSettings, type SettingsBackendFactory } from '../../../../electron/settings/node/settings-store';

const now = new Date('2026-11-24T10:00:00Z');
const base = () => mkdtemp(join(tmpdir(), 'limber-files-'));
const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

/** conf with the options main gives electron-store, including the file mode core asks for. */
const privateConf: SettingsBackendFactory = (o) =>
  new Conf<Settings>({ cwd: o.cwd, configName: o.name, defaults: o.defaults, schema: o.schema, clearInvalidConfig: false, configFileMode: o.fileMode });

describe('private files', () => {
  it('history.jsonl is created 0600 in a user-data folder Limber creates 0700', async () => {
    const dir = join(await base(), 'Limber');
    const h = await openHistory(dir, () => now);
    await h.append({ kind: 'walk', minutes: 10 });
    expect(await modeOf(dir)).toBe(0o700);
    expect(await modeOf(join(dir, 'history.jsonl'))).toBe(0o600);
  });

  it('a folder that already exists keeps its mode: it is not ours to change', async () => {
    const dir = await base();
    await chmod(dir, 0o755);
    await openHistory(dir, () => now);
    await openSettings(dir, privateConf, now);
    expect(await modeOf(dir)).toBe(0o755);
  });

  it('a repair keeps history 0600, and so does the copy kept aside; an old 0644 file is tightened', async () => {
    const dir = await base();
    const h = await openHistory(dir, () => now);
    const good = await h.append({ kind: 'walk', minutes: 10 });
    const file = join(dir, 'history.jsonl');
    await writeFile(file, `not a record\n${JSON.stringify(good)}\n`);
    await chmod(file, 0o644);
    const again = await openHistory(dir, () => now);
    expect(again.recovery?.kind).toBe('rejected-lines');
    expect(await modeOf(file)).toBe(0o600);
    expect(await modeOf(again.recovery!.keptAt!)).toBe(0o600);
  });

  it('settings.json is 0600 when created, after every change, and after a repair', async () => {
    const dir = join(await base(), 'Limber');
    const settings = await openSettings(dir, privateConf, now);
    expect(settings.update({ theme: 'dark' }).ok).toBe(true);
    const file = join(dir, 'settings.json');
    expect(await modeOf(file)).toBe(0o600);
    expect(await modeOf(dir)).toBe(0o700);

    await writeFile(file, JSON.stringify({ schemaVersion: 2, stretchIntervalMin: 0 }));
    await chmod(file, 0o600);
    const repaired = await openSettings(dir, privateConf, now);
    expect(repaired.recovery?.kind).toBe('repaired');
    expect(await modeOf(file)).toBe(0o600);
    expect(await modeOf(repaired.recovery!.keptAt)).toBe(0o600);
  });
});

describe('stale temp files', () => {
  const old = new Date(now.getTime() - 5 * 60_000);
  const young = new Date(now.getTime() - 10_000);

  async function dirWith(files: Record<string, Date>) {
    const dir = await base();
    for (const [name, mtime] of Object.entries(files)) {
      await writeFile(join(dir, name), name === 'history.jsonl' ? '' : 'x');
      await utimes(join(dir, name), mtime, mtime);
    }
    return dir;
  }

  it('removes ours older than a minute, keeps young ones and anything not ours', async () => {
    const dir = await dirWith({
      'history.jsonl.4242.1763900000000.tmp': old, // our writeFileAtomic
      'settings.json.tmp-1763900000abc123': old, // conf / electron-store (atomically)
      'settings.json.4242.1763900000000.tmp': old,
      'history.jsonl.4243.1763999990000.tmp': young, // a write that may be in progress
      'history.jsonl': old,
      'notes.tmp': old,
      'history.jsonl.backup.tmp': old,
      'settings.json.tmp-mine': old,
    });
    await openHistory(dir, () => now);
    await openSettings(dir, privateConf, now);
    expect((await readdir(dir)).sort()).toEqual(
      ['history.jsonl', 'history.jsonl.4243.1763999990000.tmp', 'history.jsonl.backup.tmp', 'notes.tmp', 'settings.json', 'settings.json.tmp-mine'].sort(),
    );
  });

  it('leaves directories alone and copes with a missing folder', async () => {
    const dir = await base();
    await mkdir(join(dir, 'history.jsonl.1.2.tmp'));
    const stale = new Date(now.getTime() - 120_000);
    await utimes(join(dir, 'history.jsonl.1.2.tmp'), stale, stale);
    expect(await cleanStaleTemps(dir, 'history.jsonl', now)).toEqual([]);
    expect(await cleanStaleTemps(join(dir, 'missing'), 'history.jsonl', now)).toEqual([]);
  });
});

describe('writeFileAtomic (settings repairs and exports)', () => {
  it('writes the whole file 0600, and replaces a link at that name instead of writing through it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'limber-export-'));
    const victim = join(dir, 'someone-elses-file');
    await writeFile(victim, 'theirs\n');
    await symlink(victim, join(dir, 'limber-2026-12-07.json'));
    await writeFileAtomic(join(dir, 'limber-2026-12-07.json'), '{"app":"limber"}\n');
    expect(await readFile(victim, 'utf8')).toBe('theirs\n');
    expect((await lstat(join(dir, 'limber-2026-12-07.json'))).isFile()).toBe(true);
    expect((await stat(join(dir, 'limber-2026-12-07.json'))).mode & 0o777).toBe(0o600);
    expect(await readFile(join(dir, 'limber-2026-12-07.json'), 'utf8')).toBe('{"app":"limber"}\n');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
