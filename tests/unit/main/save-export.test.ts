// Exports (issue 26, findings 5 and 11): private (0600) whatever the umask, whole or not at all, never
// written through a link at the chosen name, and written chunk by chunk as the history streams in.
import { lstat, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

let chosen: string | undefined;
vi.mock('electron', () => ({
  app: { getPath: () => tmpdir() },
  dialog: { showSaveDialog: () => Promise.resolve({ canceled: chosen === undefined, filePath: chosen }) },
}));
const { saveExport } = await import('../../../electron/main/save-export');

async function* chunks(parts: string[], failAfter = Infinity): AsyncGenerator<string> {
  for (const [i, part] of parts.entries()) {
    if (i >= failAfter) throw new Error('the history could not be read');
    // As the history file's reader does: each chunk arrives after an await.
    yield await Promise.resolve(part);
  }
}

describe('saveExport', () => {
  it('writes every chunk to the chosen file, 0600 even under a 0022 umask', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'limber-export-'));
    chosen = join(dir, 'limber.json');
    const previous = process.umask(0o022);
    try {
      expect(await saveExport('limber.json', chunks(['{"a":', '1', '}']))).toBe(chosen);
    } finally {
      process.umask(previous);
    }
    expect(await readFile(chosen, 'utf8')).toBe('{"a":1}');
    expect((await lstat(chosen)).mode & 0o777).toBe(0o600);
  });

  it('a failure halfway leaves the file that was there untouched, and no temp file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'limber-export-'));
    chosen = join(dir, 'limber.json');
    await writeFile(chosen, 'the old export');
    await expect(saveExport('limber.json', chunks(['{"a":', '1', '}'], 1))).rejects.toThrow('could not be read');
    expect(await readFile(chosen, 'utf8')).toBe('the old export');
  });

  it('replaces a link at the chosen name instead of writing through it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'limber-export-'));
    await writeFile(join(dir, 'other.txt'), 'not yours');
    chosen = join(dir, 'limber.json');
    await symlink(join(dir, 'other.txt'), chosen);
    await saveExport('limber.json', chunks(['{}']));
    expect(await readFile(join(dir, 'other.txt'), 'utf8')).toBe('not yours');
    expect((await lstat(chosen)).isFile()).toBe(true);
  });

  it('writes nothing when the person cancels', async () => {
    chosen = undefined;
    expect(await saveExport('limber.json', chunks(['{}']))).toBeNull();
  });
});
