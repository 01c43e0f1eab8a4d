// Main reads an import itself (issue 26): the hostile files of the audit (a symbolic link to another
// file or to /dev/zero, a FIFO, a folder, a device, a 60 MB file, bytes that are not UTF-8) are each
// refused with their reason, and nothing hangs or is read beyond the cap.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READ_CHUNK_BYTES, readImportFile } from '../../../../electron/transfer/node/read-import';

const folder = () => mkdtemp(join(tmpdir(), 'limber-read-import-'));

describe('readImportFile', () => {
  it('reads a regular file whole, across chunk boundaries, with a multi-byte character split between two chunks', async () => {
    const dir = await folder();
    const text = `${'a'.repeat(READ_CHUNK_BYTES - 1)}€${'b'.repeat(READ_CHUNK_BYTES)}`;
    await writeFile(join(dir, 'x.json'), text);
    expect(await readImportFile(join(dir, 'x.json'))).toEqual({ ok: true, text, bytes: 2 * READ_CHUNK_BYTES + 2 });
  });

  it('drops a UTF-8 byte-order mark (a file saved by Notepad)', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"app":"limber"}')]));
    expect(await readImportFile(join(dir, 'bom.json'))).toEqual({ ok: true, text: '{"app":"limber"}', bytes: 19 });
  });

  it('refuses a symbolic link, to another file or to /dev/zero, without reading its target', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'real.json'), '{}');
    await symlink(join(dir, 'real.json'), join(dir, 'link.json'));
    await symlink('/dev/zero', join(dir, 'zero.json'));
    for (const name of ['link.json', 'zero.json'])
      expect(await readImportFile(join(dir, name))).toEqual({ ok: false, error: `${name} is a symbolic link. Choose the export file itself.` });
  });

  it('refuses a FIFO at once (nothing writes to it: the read would wait for ever)', async () => {
    const dir = await folder();
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    expect(await readImportFile(join(dir, 'pipe.json'))).toEqual({ ok: false, error: 'pipe.json is a named pipe. Choose the export file itself.' });
  });

  it('refuses a folder and a device', async () => {
    const dir = await folder();
    await mkdir(join(dir, 'folder.json'));
    expect(await readImportFile(join(dir, 'folder.json'))).toEqual({ ok: false, error: 'folder.json is a folder. Choose the export file itself.' });
    expect(await readImportFile('/dev/zero')).toEqual({ ok: false, error: 'zero is a device. Choose the export file itself.' });
  });

  it('refuses a file over the cap, by its size and by what is read (a file that grows is cut at the cap + 1 byte)', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'big.json'), Buffer.alloc(1001, 0x20));
    const tooLarge = { ok: false, error: 'The file is larger than 20 MB; that is not a Limber export.' };
    expect(await readImportFile(join(dir, 'big.json'), 1000)).toEqual(tooLarge);
    // A file whose size says 0 but that holds more (as one that grows while read does): /proc's files
    // are regular files of size 0. The bytes read are counted, so it is refused all the same.
    const status = await readImportFile('/proc/self/status', 1000);
    expect(status).toEqual(tooLarge);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    expect(await readImportFile(join(dir, 'latin1.json'))).toEqual({ ok: false, error: 'The file is not UTF-8 text, so it is not a Limber export.' });
  });

  it('names a missing file as unreadable', async () => {
    expect(await readImportFile(join(await folder(), 'gone.json'))).toEqual({ ok: false, error: 'The file could not be read (ENOENT).' });
  });
});
