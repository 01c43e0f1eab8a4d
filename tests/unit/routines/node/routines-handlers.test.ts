import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../../electron/app/create-services';
import { publishLibrary } from '../../../../electron/routines/common/to-catalogue';
import { emptyLibrary } from '../../../../electron/routines/common/own-schema';
import { testServiceOptions } from '../../../support/fake-desk';
import { ownExercise, ownRoutine } from '../../../support/own-routines';

let services: Services | null = null;
afterEach(() => {
  services?.dispose();
  publishLibrary(emptyLibrary());
});
const start = async () => (services = await createServices({ ...(await testServiceOptions()), userDataDir: await mkdtemp(join(tmpdir(), 'limber-rh-')) }));

describe('routines IPC', () => {
  it('saves, lists, duplicates, reorders and deletes, each answered with the stored library', async () => {
    const s = await start();
    const call = (channel: string, ...args: unknown[]) => s.dispatch(channel, args);
    expect(await call('routines:save-exercise', ownExercise())).toMatchObject({ ok: true });
    const saved = await call('routines:save-routine', ownRoutine());
    expect(saved).toMatchObject({ ok: true, value: { routines: [{ id: 'own-physio' }] } });
    const dup = (await call('routines:duplicate', { kind: 'routine', id: 'sciatica-relief' })) as { ok: true; value: { id: string } };
    expect(dup.value.id).toMatch(/^own-[a-f0-9]{16}$/);
    const reordered = await call('routines:reorder', [dup.value.id, 'own-physio']);
    expect(reordered).toMatchObject({ ok: true, value: { routines: [{ id: dup.value.id }, { id: 'own-physio' }] } });
    expect(await call('routines:list')).toEqual(reordered);
    expect(await call('routines:delete', { kind: 'routine', id: 'own-physio' })).toMatchObject({ ok: true, value: { routines: [{ id: dup.value.id }] } });
  });

  it('a refused change is invalid-arguments in plain words: in use, built-in, the break routine', async () => {
    const s = await start();
    const call = (channel: string, ...args: unknown[]) => s.dispatch(channel, args);
    await call('routines:save-exercise', ownExercise());
    await call('routines:save-routine', ownRoutine());
    expect(await call('routines:delete', { kind: 'exercise', id: 'own-knee' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringContaining('the routine "My physio routine" uses this exercise') as unknown },
    });
    expect(await call('routines:delete', { kind: 'routine', id: 'quick-desk-stretch' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(s.settings.update({ stretchRoutineId: 'own-physio' })).toMatchObject({ ok: true });
    expect(await call('routines:delete', { kind: 'routine', id: 'own-physio' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('is the routine your breaks open') as unknown },
    });
    expect(await call('routines:save-exercise', { ...ownExercise(), holdSec: 1000 })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(s.routines.get().routines).toHaveLength(1);
  });
});
