import { mkdtemp, open, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../../electron/app/create-services';
import { publishLibrary } from '../../../../electron/routines/common/to-catalogue';
import { emptyLibrary } from '../../../../electron/routines/common/own-schema';
import { pngHeader, samplePicture, SVG_WITH_SCRIPT } from '../../../support/image-bytes';
import { testServiceOptions } from '../../../support/fake-desk';

// Issue 24: an own exercise's picture, picked in main's dialog, checked before anything decodes it,
// re-encoded by the window and checked again before it is stored. Every hostile file is refused with
// a message and nothing stored changes.

let services: Services | null = null;
let chosen: string | null = null;
afterEach(() => {
  services?.dispose();
  publishLibrary(emptyLibrary());
});
async function start() {
  const userDataDir = await mkdtemp(join(tmpdir(), 'limber-image-h-'));
  services = await createServices({ ...(await testServiceOptions()), userDataDir, chooseImageFile: () => Promise.resolve(chosen) });
  return { s: services, userDataDir };
}
async function choose(bytes: Buffer, name = 'picture.png') {
  const dir = await mkdtemp(join(tmpdir(), 'limber-pick-'));
  await writeFile((chosen = join(dir, name)), bytes);
}
type Picked = { ok: true; value: { ok: true; token: string; type: string; data: string } };
const b64 = (bytes: Buffer) => bytes.toString('base64');
/** The window's re-encoded copy stands in as another picture: same kind, other bytes. */
const copy = samplePicture(40, 30);

describe('an own picture: picked, checked, re-encoded, checked again, stored', () => {
  it('hands the checked bytes to the window and stores only a re-encoded copy under its hash', async () => {
    const { s, userDataDir } = await start();
    const original = samplePicture(64, 48);
    await choose(original);
    const picked = (await s.dispatch('routines:pick-image', [])) as Picked;
    expect(picked.value).toMatchObject({ ok: true, type: 'image/png', data: b64(original) });
    // The picked bytes verbatim are never stored (whatever rode along in them would be kept).
    expect(await s.dispatch('routines:store-image', [picked.value.token, b64(original)])).toEqual({ ok: true, value: { ok: false, message: expect.stringContaining('could not read this picture') as unknown } });
    expect(await readdir(userDataDir)).not.toContain('images');

    const again = (await s.dispatch('routines:pick-image', [])) as Picked;
    const stored = (await s.dispatch('routines:store-image', [again.value.token, b64(copy)])) as { value: { ok: true; imageId: string } };
    expect(stored.value).toEqual({ ok: true, imageId: expect.stringMatching(/^img-[a-f0-9]{32}$/) as unknown });
    expect(await readdir(join(userDataDir, 'images'))).toEqual([stored.value.imageId]);
    expect(await readFile(join(userDataDir, 'images', stored.value.imageId))).toEqual(copy);
    expect(await s.dispatch('routines:image', [stored.value.imageId])).toEqual({ ok: true, value: { type: 'image/png', data: b64(copy) } });
    // One store per pick: the token is spent.
    expect(await s.dispatch('routines:store-image', [again.value.token, b64(samplePicture(20, 20))])).toMatchObject({ value: { ok: false } });
    expect(await readdir(join(userDataDir, 'images'))).toHaveLength(1);
  });

  it('a cancelled dialog answers null and changes nothing', async () => {
    const { s } = await start();
    chosen = null;
    expect(await s.dispatch('routines:pick-image', [])).toEqual({ ok: true, value: null });
  });

  it.each([
    ['an image bomb (100000 × 100000 pixels in a tiny file)', () => choose(pngHeader(100_000, 100_000)), 'at most 4096 pixels a side'],
    ['a picture over the pixel cap (4096 × 4000)', () => choose(pngHeader(4096, 4000)), 'at most 16 megapixels'],
    ['a polyglot (a zip after the image’s end)', () => choose(Buffer.concat([samplePicture(16, 16), Buffer.from('PK\u0003\u0004 hidden archive')])), 'other data after the image'],
    ['an SVG with a script renamed .png', () => choose(SVG_WITH_SCRIPT, 'drawing.png'), 'Only PNG, JPEG or WebP'],
    ['a 1 GB file (sparse: never written, never read)', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'limber-pick-'));
      const handle = await open((chosen = join(dir, 'huge.png')), 'w');
      await handle.truncate(1024 ** 3);
      await handle.close();
    }, 'at most 2 MB'],
    ['a link to a picture', async () => {
      await choose(samplePicture(16, 16));
      const link = join(tmpdir(), `limber-link-${process.pid}-${Date.now()}.png`);
      await symlink(chosen!, link);
      chosen = link;
    }, 'Only a regular file'],
  ])('refuses %s when picked, with a message, and nothing stored changes', async (_what, prepare, message) => {
    const { s, userDataDir } = await start();
    // A picture already stored stays as it was.
    await choose(samplePicture(30, 30));
    const first = (await s.dispatch('routines:pick-image', [])) as Picked;
    const kept = (await s.dispatch('routines:store-image', [first.value.token, b64(copy)])) as { value: { imageId: string } };
    await prepare();
    expect(await s.dispatch('routines:pick-image', [])).toEqual({ ok: true, value: { ok: false, message: expect.stringContaining(message) as unknown } });
    expect(await readdir(join(userDataDir, 'images'))).toEqual([kept.value.imageId]);
    expect(await readFile(join(userDataDir, 'images', kept.value.imageId))).toEqual(copy);
  });

  it.each([
    ['an SVG', SVG_WITH_SCRIPT, 'Only PNG, JPEG or WebP'],
    ['an image bomb', pngHeader(60_000, 60_000), 'at most 4096 pixels a side'],
    ['a polyglot', Buffer.concat([copy, Buffer.from('<script>alert(1)</script>')]), 'other data after the image'],
  ])('refuses %s sent back as the re-encoded copy (a window that lies), and stores nothing', async (_what, bytes, message) => {
    const { s, userDataDir } = await start();
    await choose(samplePicture(30, 30));
    const picked = (await s.dispatch('routines:pick-image', [])) as Picked;
    expect(await s.dispatch('routines:store-image', [picked.value.token, b64(bytes)])).toEqual({ ok: true, value: { ok: false, message: expect.stringContaining(message) as unknown } });
    expect(await readdir(userDataDir)).not.toContain('images');
  });

  it('a store without a pick, text past the size bound, or an id outside the folder is refused', async () => {
    const { s } = await start();
    expect(await s.dispatch('routines:store-image', ['6f1d2c1e-3a4b-4c5d-8e9f-0a1b2c3d4e5f', b64(copy)])).toMatchObject({ ok: true, value: { ok: false } });
    await choose(samplePicture(30, 30));
    const picked = (await s.dispatch('routines:pick-image', [])) as Picked;
    expect(await s.dispatch('routines:store-image', [picked.value.token, 'A'.repeat(3 * 1024 * 1024)])).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await s.dispatch('routines:image', ['../settings.json'])).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await s.dispatch('routines:image', [`img-${'0'.repeat(32)}`])).toEqual({ ok: true, value: null });
  });
});
