import { mkdtemp, open, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readShareFile } from '../../../../electron/routines/node/read-share-file';

describe('reading a routine file the person chose', () => {
  it('refuses a 1 GB file by its size, before reading a byte', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'limber-share-'));
    const path = join(dir, 'huge.json');
    const handle = await open(path, 'w');
    await handle.truncate(1024 ** 3); // sparse: 1 GB long, no disk used
    await handle.close();
    await expect(readShareFile(path)).rejects.toThrow('This file is larger than 64 MB, more than any routine file: it was not read.');
  });

  it('refuses a link and text that is not UTF-8, and reads a small file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'limber-share-'));
    await writeFile(join(dir, 'ok.json'), '{"format":"limber-routine"}');
    expect(await readShareFile(join(dir, 'ok.json'))).toBe('{"format":"limber-routine"}');
    await symlink(join(dir, 'ok.json'), join(dir, 'link.json'));
    await expect(readShareFile(join(dir, 'link.json'))).rejects.toThrow('Only a regular file');
    await writeFile(join(dir, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
    await expect(readShareFile(join(dir, 'latin1.json'))).rejects.toThrow('not JSON');
  });
});
