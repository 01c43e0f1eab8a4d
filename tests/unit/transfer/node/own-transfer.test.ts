// Issue 24: "export all data" carries the own routines, exercises and their pictures, and importing
// it back restores them (pictures into the data folder, settings following the routine to its id),
// through the composed services as the window calls them.
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../../electron/app/create-services';
import { publishLibrary } from '../../../../electron/routines/common/to-catalogue';
import { emptyLibrary } from '../../../../electron/routines/common/own-schema';
import { routineById } from '../../../../electron/exercises/common/routines';
import { testServiceOptions } from '../../../support/fake-desk';
import { FileDialogs, SAVED_PATH } from '../../../support/file-dialogs';
import { NOTHING_APPLIES } from '../../../support/safety-answers';

const doc = readFileSync(new URL('../../../../docs/routine-format.md', import.meta.url), 'utf8');
const example = /```json\n([\s\S]*?)\n```/.exec(doc)![1]!;

const running: Services[] = [];
const dialogs = new FileDialogs();
afterEach(() => {
  for (const s of running.splice(0)) s.dispose();
  publishLibrary(emptyLibrary());
});
async function start() {
  const userDataDir = await mkdtemp(join(tmpdir(), 'limber-own-transfer-'));
  const s = await createServices({
    ...(await testServiceOptions()),
    userDataDir,
    ...dialogs.options,
  });
  running.push(s);
  return { s, userDataDir };
}
const choose = (text: string) => dialogs.choose(text, 'export.json');
type Preview = { ok: true; value: { ok: true; token: string; preview: { own: unknown } } | { ok: false; errors: string[] } };
async function importChosen(s: Services) {
  const preview = (await s.dispatch('history:preview-import', [])) as Preview;
  if (!preview.value.ok) throw new Error(preview.value.errors.join('\n'));
  return { preview: preview.value.preview, applied: await s.dispatch('history:apply-import', [preview.value.token]) };
}

describe('own routines in the full data export', () => {
  it('restores routines, exercises and pictures on another Limber, with the break routine following; twice adds under "(2)"', async () => {
    // A physio's routine (with a picture), made the break routine and a stretch time's routine.
    const first = await start();
    await choose(example);
    const share = (await first.s.dispatch('routines:preview-import', [])) as { value: { token: string } };
    await first.s.dispatch('routines:apply-import', [share.value.token]);
    const routineId = first.s.routines.get().routines[0]!.id;
    expect(first.s.settings.update({ screening: NOTHING_APPLIES, stretchRoutineId: routineId, stretchTimes: [{ at: '13:30', routineId }] }).ok).toBe(true);
    expect(await first.s.dispatch('history:export', ['json'])).toEqual({ ok: true, value: SAVED_PATH });
    const exported = JSON.parse(dialogs.saved) as { ownImages: Array<{ id: string }> };
    expect(exported.ownImages).toHaveLength(1);
    const library = first.s.routines.get();
    first.s.dispose();
    running.length = 0;
    publishLibrary(emptyLibrary());

    // Another Limber: everything comes back, the picture in its data folder.
    const second = await start();
    await choose(dialogs.saved);
    const { preview, applied } = await importChosen(second.s);
    expect(preview.own).toMatchObject({ routines: [{ name: 'Morning routine from my physio', renamedFrom: null }], alreadyThere: 0, images: 1 });
    expect(applied).toMatchObject({ ok: true, value: { ownAdded: 3 } });
    const restored = second.s.routines.get();
    expect(restored.routines.map((r) => ({ name: r.name, steps: r.steps.length }))).toEqual(library.routines.map((r) => ({ name: r.name, steps: r.steps.length })));
    expect(restored.exercises.map((e) => e.name)).toEqual(library.exercises.map((e) => e.name));
    expect(await readdir(join(second.userDataDir, 'images'))).toEqual([exported.ownImages[0]!.id]);
    const newId = restored.routines[0]!.id;
    expect(routineById(newId)?.name).toBe('Morning routine from my physio');
    expect(second.s.settings.get()).toMatchObject({ stretchRoutineId: newId, stretchTimes: [{ at: '13:30', routineId: newId }] });

    // The same file again: nothing overwritten, each added under a name of its own.
    await choose(dialogs.saved);
    await importChosen(second.s);
    expect(second.s.routines.get().routines.map((r) => r.name)).toEqual(['Morning routine from my physio', 'Morning routine from my physio (2)']);
    // The file's settings still name its routine: they follow it to the copy just added (the preview lists the change).
    expect(second.s.settings.get().stretchRoutineId).toBe(second.s.routines.get().routines[1]!.id);
    expect(await readdir(join(second.userDataDir, 'images'))).toHaveLength(1);
  });

  it('re-importing an export on the Limber it came from adds nothing; a picture gone since is left out of the export', async () => {
    const { s, userDataDir } = await start();
    await choose(example);
    const share = (await s.dispatch('routines:preview-import', [])) as { value: { token: string } };
    await s.dispatch('routines:apply-import', [share.value.token]);
    const before = s.routines.get();
    await s.dispatch('history:export', ['json']);
    await choose(dialogs.saved);
    const { preview, applied } = await importChosen(s);
    expect(preview.own).toEqual({ routines: [], exercises: [], alreadyThere: 3, images: 1 });
    expect(applied).toMatchObject({ value: { ownAdded: 0 } });
    expect(s.routines.get()).toEqual(before);

    await rm(join(userDataDir, 'images'), { recursive: true });
    await s.dispatch('history:export', ['json']);
    const exported = JSON.parse(dialogs.saved) as { ownImages: unknown[]; ownExercises: Array<{ picture?: unknown }> };
    expect(exported.ownImages).toEqual([]);
    expect(exported.ownExercises.every((e) => (e.picture as { kind?: string } | undefined)?.kind !== 'image')).toBe(true);
    await choose(dialogs.saved);
    expect(((await s.dispatch('history:preview-import', [])) as Preview).value.ok).toBe(true);
  });
});
