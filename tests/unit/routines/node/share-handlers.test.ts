import { readFileSync } from 'node:fs';
import { mkdtemp, open, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../../electron/app/create-services';
import { publishLibrary } from '../../../../electron/routines/common/to-catalogue';
import { emptyLibrary } from '../../../../electron/routines/common/own-schema';
import { routineById } from '../../../../electron/exercises/common/routines';
import { testServiceOptions } from '../../../support/fake-desk';
import { FileDialogs, SAVED_PATH } from '../../../support/file-dialogs';

const doc = readFileSync(new URL('../../../../docs/routine-format.md', import.meta.url), 'utf8');
const example = /```json\n([\s\S]*?)\n```/.exec(doc)![1]!;

let services: Services | null = null;
const dialogs = new FileDialogs();
afterEach(() => {
  services?.dispose();
  publishLibrary(emptyLibrary());
});
async function start() {
  const userDataDir = await mkdtemp(join(tmpdir(), 'limber-share-h-'));
  services = await createServices({
    ...(await testServiceOptions()),
    userDataDir,
    ...dialogs.options,
  });
  return { s: services, userDataDir };
}
const choose = (text: string | Buffer) => dialogs.choose(text, 'routine.json');
type Preview = { ok: true; value: { ok: true; token: string; routine: { name: string }; exercises: Array<{ name: string }>; images: number } | { ok: false; message: string } };

describe('sharing a routine as a file', () => {
  it('imports the documented example after a preview, storing its picture in the data folder; exports it again; imports it twice without overwriting', async () => {
    const { s, userDataDir } = await start();
    await choose(example);
    const preview = (await s.dispatch('routines:preview-import', [])) as Preview;
    expect(preview.value).toMatchObject({ ok: true, routine: { name: 'Morning routine from my physio' }, exercises: [{ name: 'Seated knee extension' }, { name: 'Calf raise at the desk' }], images: 1 });
    expect(s.routines.get().routines).toEqual([]); // a preview changes nothing
    const token = (preview.value as { token: string }).token;
    expect(await s.dispatch('routines:apply-import', [token])).toEqual({ ok: true, value: { ok: true, routine: 'Morning routine from my physio' } });
    const stored = s.routines.get();
    expect(stored.routines).toHaveLength(1);
    const picture = stored.exercises[1]!.picture as { kind: 'image'; imageId: string };
    expect(await readdir(join(userDataDir, 'images'))).toEqual([picture.imageId]);
    expect(routineById(stored.routines[0]!.id)?.name).toBe('Morning routine from my physio');

    expect(await s.dispatch('routines:export', [stored.routines[0]!.id])).toEqual({ ok: true, value: SAVED_PATH });
    const exported = JSON.parse(dialogs.saved) as { images: Record<string, { data: string }> };
    expect(Object.keys(exported.images)).toEqual([picture.imageId]);
    await choose(dialogs.saved);
    const again = (await s.dispatch('routines:preview-import', [])) as Preview;
    expect(again.value).toMatchObject({ ok: true, routine: { name: 'Morning routine from my physio (2)' } });
    await s.dispatch('routines:apply-import', [(again.value as { token: string }).token]);
    expect(s.routines.get().routines.map((r) => r.name)).toEqual(['Morning routine from my physio', 'Morning routine from my physio (2)']);
    expect(await readdir(join(userDataDir, 'images'))).toHaveLength(1); // the same picture, stored once
  });

  it.each([
    ['a newer version', () => choose(example.replace('"version": 1', '"version": 2')), 'made by a newer Limber'],
    ['an SVG renamed as the picture', () => choose(example.replace(/"data": "[^"]+"/, `"data": "${Buffer.from('<svg><script>alert(1)</script></svg>').toString('base64')}"`)), 'Only PNG, JPEG or WebP'],
    ['a 1 GB file', async () => {
      const handle = await open(await dialogs.choosePath('huge.json'), 'w');
      await handle.truncate(1024 ** 3);
      await handle.close();
    }, 'larger than 64 MB'],
  ])('refuses %s at the preview with a message, and nothing stored changes', async (_what, prepare, message) => {
    const { s, userDataDir } = await start();
    await prepare();
    expect(await s.dispatch('routines:preview-import', [])).toMatchObject({ ok: true, value: { ok: false, message: expect.stringContaining(message) as unknown } });
    expect(s.routines.get()).toEqual(emptyLibrary());
    expect((await readdir(userDataDir)).filter((f) => f.startsWith('images') || f === 'routines.json')).toEqual([]);
  });

  it('an apply without its preview does nothing', async () => {
    const { s } = await start();
    expect(await s.dispatch('routines:apply-import', ['6f1d2c1e-3a4b-4c5d-8e9f-0a1b2c3d4e5f'])).toEqual({ ok: true, value: null });
  });
});
