import { mkdtemp, readdir, readFile, stat, writeFile, mkdir, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRoutines, ROUTINES_FILE, ROUTINES_MAX_BYTES } from '../../../../electron/routines/node/routines-store';
import { saveExercise, saveRoutine } from '../../../../electron/routines/common/library';
import { emptyLibrary } from '../../../../electron/routines/common/own-schema';
import { publishLibrary } from '../../../../electron/routines/common/to-catalogue';
import { routineById } from '../../../../electron/exercises/common/routines';
import { ownExercise, ownLibrary, ownRoutine } from '../../../support/own-routines';

const now = () => new Date('2026-12-07T10:00:00Z');
const dir = () => mkdtemp(join(tmpdir(), 'limber-routines-'));
afterEach(() => publishLibrary(emptyLibrary()));

describe('the routines store', () => {
  it('starts empty, stores a change privately and atomically, and publishes it to the catalogue', async () => {
    const d = await dir();
    const store = await openRoutines(d, now);
    expect(store.get()).toEqual(emptyLibrary());
    await store.update((lib) => saveRoutine(saveExercise(lib, ownExercise()), ownRoutine()));
    expect(routineById('own-physio')?.name).toBe('My physio routine');
    const file = join(d, ROUTINES_FILE);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(ownLibrary());
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readdir(d)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const reopened = await openRoutines(d, now);
    expect(reopened.get()).toEqual(ownLibrary());
  });

  it('a refused change leaves the file, the library and the catalogue as they were', async () => {
    const d = await dir();
    const store = await openRoutines(d, now);
    await store.update((lib) => saveRoutine(saveExercise(lib, ownExercise()), ownRoutine()));
    const before = await readFile(join(d, ROUTINES_FILE), 'utf8');
    await expect(store.update((lib) => ({ ...lib, exercises: [] }))).rejects.toThrow('uses an exercise that is not there');
    expect(await readFile(join(d, ROUTINES_FILE), 'utf8')).toBe(before);
    expect(store.get()).toEqual(ownLibrary());
    expect(routineById('own-physio')).toBeDefined();
  });

  it('a write that fails says so and changes nothing in use', async () => {
    if (process.getuid?.() === 0) return; // root writes through any mode
    const d = await dir();
    const store = await openRoutines(d, now);
    await chmod(d, 0o500);
    try {
      await expect(store.update((lib) => saveExercise(lib, ownExercise()))).rejects.toThrow('Not saved');
      expect(store.get()).toEqual(emptyLibrary());
    } finally {
      await chmod(d, 0o700);
    }
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['deep JSON', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['prototype keys', JSON.stringify(ownLibrary()).replace('{', '{"__proto__":{"polluted":true},')],
    ['a newer version', JSON.stringify({ ...ownLibrary(), version: 9 })],
    ['a routine naming a missing exercise', JSON.stringify(ownLibrary({ exercises: [] }))],
  ])('a file holding %s is kept aside, never deleted, and Limber starts with none and says so', async (_what, text) => {
    const d = await dir();
    await writeFile(join(d, ROUTINES_FILE), text);
    const store = await openRoutines(d, now);
    expect(store.get()).toEqual(emptyLibrary());
    expect(store.recovery?.message).toContain('could not be read');
    const kept = (await readdir(d)).find((f) => f.startsWith('routines.damaged-'))!;
    expect(await readFile(join(d, kept), 'utf8')).toBe(text);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('a file over the size limit is kept aside unread; a folder in its place is moved aside', async () => {
    const d = await dir();
    await writeFile(join(d, ROUTINES_FILE), Buffer.alloc(ROUTINES_MAX_BYTES + 1, 32));
    expect((await openRoutines(d, now)).recovery?.keptAt).toContain('routines.refused-');
    const d2 = await dir();
    await mkdir(join(d2, ROUTINES_FILE));
    expect((await openRoutines(d2, now)).recovery?.keptAt).toContain('routines.not-a-file-');
  });
});
