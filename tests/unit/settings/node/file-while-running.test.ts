// settings.json changed under a running Limber (issue 26): damaged, every later save used to fail
// until a restart; edited by hand, the edit was silently overwritten. Now each is kept aside and
// the user is told, and saving goes on.
import { mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../electron/settings/common/schema';
import { openSettings } from '../../../../electron/settings/node/settings-store';
import { confBackend } from '../../../support/conf-backend';

const now = new Date('2026-11-24T10:00:00Z');

async function running() {
  const dir = await mkdtemp(join(tmpdir(), 'limber-running-'));
  const settings = await openSettings(dir, confBackend, now);
  const told: Array<[string, string]> = [];
  settings.onFileNotice((id, message) => told.push([id, message]));
  expect(settings.update({ stretchIntervalMin: 50 }).ok).toBe(true);
  return { dir, path: join(dir, 'settings.json'), settings, told };
}

/** Makes sure the next write is seen as a change even on a coarse-clock file system. */
const later = (path: string) => utimes(path, new Date(), new Date(Date.now() + 5_000));

describe('settings.json changed while Limber runs', () => {
  it('damaged: the next save still works, the damaged file is kept, the user is told', async () => {
    const { dir, path, settings, told } = await running();
    await writeFile(path, '{"stretchIntervalMin": 5');
    await later(path);
    expect(settings.update({ postureIntervalMin: 30 })).toMatchObject({ ok: true });
    expect(settings.update({ theme: 'dark' })).toMatchObject({ ok: true });
    const saved = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    expect(saved).toMatchObject({ stretchIntervalMin: 50, postureIntervalMin: 30, theme: 'dark' });
    const kept = (await readdir(dir)).filter((n) => n.startsWith('settings.damaged-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dir, kept[0]!), 'utf8')).toBe('{"stretchIntervalMin": 5');
    expect((await stat(join(dir, kept[0]!))).mode & 0o777).toBe(0o600);
    expect(told.map(([id]) => id)).toContain('settings-damaged');
  });

  it('edited by hand: the edit is kept aside before Limber saves, and the user is told where', async () => {
    const { dir, path, settings, told } = await running();
    const edit = JSON.stringify({ ...DEFAULT_SETTINGS, stretchIntervalMin: 77 });
    await writeFile(path, edit);
    await later(path);
    expect(settings.update({ theme: 'dark' })).toMatchObject({ ok: true });
    const kept = (await readdir(dir)).filter((n) => n.startsWith('settings.edited-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dir, kept[0]!), 'utf8')).toBe(edit);
    expect(told).toEqual([
      [
        'settings-edited',
        `Your settings file was changed outside Limber while it ran. Your version was kept as ${join(dir, kept[0]!)}; Limber saved the settings it shows over it.`,
      ],
    ]);
    // Its own writes are not mistaken for edits.
    expect(settings.update({ theme: 'light' }).ok).toBe(true);
    expect(told).toHaveLength(1);
  });
});
