// Issue 24: the full data export carries the person's own exercises, routines and pictures, and
// importing it merges them by the share import's rules (never overwrite, name duplicates), with
// settings that name an own routine following it. Hostile content is refused in words, whole.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../../electron/settings/common/schema';
import { exportJson } from '../../../../electron/transfer/common/export-json';
import { previewImport } from '../../../../electron/transfer/common/transfer';
import { MAX_IMAGE_CHARS, type ExportedImage } from '../../../../electron/transfer/common/own-import';
import { emptyLibrary, type OwnLibrary } from '../../../../electron/routines/common/own-schema';
import { publishLibrary } from '../../../../electron/routines/common/to-catalogue';
import { IMAGE_MAX_BYTES } from '../../../../electron/routines/common/image-check';
import { webpHeader } from '../../../support/image-bytes';
import { ownExercise, ownLibrary, ownRoutine } from '../../../support/own-routines';
import { NOTHING_APPLIES } from '../../../support/safety-answers';

afterEach(() => publishLibrary(emptyLibrary()));

const none = () => Promise.resolve(new Set<string>());
const now = new Date('2026-12-07T12:00:00Z');
/** The smallest WebP header checkImage reads: 2 × 2 pixels. */
const webp = (width = 2, height = 2) => webpHeader(width, height);
const IMAGE_ID = `img-${'a'.repeat(32)}`;
const picture: ExportedImage = { id: IMAGE_ID, type: 'image/webp', data: webp().toString('base64') };
const { sideLabels: _none, ...calf } = ownExercise({ id: 'own-calf', name: 'Calf raise', position: 'standing', sides: 1, needs: [] });
const library = (): OwnLibrary => ownLibrary({ exercises: [ownExercise({ picture: { kind: 'image', imageId: IMAGE_ID } }), calf] });
const settings: Settings = { ...DEFAULT_SETTINGS, screening: { ...NOTHING_APPLIES, worseWith: [] }, stretchRoutineId: 'own-physio', stretchTimes: [{ at: '13:30', routineId: 'own-physio' }] };

/** Pictures as the export reads them: one at a time, from an async source. */
const images = (list: ExportedImage[]): AsyncIterable<ExportedImage> => ({
  [Symbol.asyncIterator]: () => {
    let i = 0;
    return { next: () => Promise.resolve(i < list.length ? { done: false as const, value: list[i++]! } : { done: true as const, value: undefined }) };
  },
});
const exportOf = (lib = library(), pics = [picture], s = settings) => exportJson(s, [], now, { library: lib, images: images(pics) });

describe('own exercises and routines in the full export', () => {
  it('round trip: into an empty library everything is added; settings follow the routine to its new id', async () => {
    const text = await exportOf();
    expect(JSON.parse(text)).toMatchObject({ ownLibraryVersion: 1, ownExercises: library().exercises, ownRoutines: library().routines, ownImages: [picture], history: [] });
    const result = await previewImport(text, { ...DEFAULT_SETTINGS, screening: { ...NOTHING_APPLIES, worseWith: [] } }, none, now, false, emptyLibrary());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview.own).toEqual({
      routines: [{ name: 'My physio routine', renamedFrom: null }],
      exercises: [{ name: 'Knee straightening', renamedFrom: null }, { name: 'Calf raise', renamedFrom: null }],
      alreadyThere: 0,
      images: 1,
    });
    // Nothing stored has the file's ids: the routine gets a fresh one, and the break routine follows it.
    const change = result.preview.settingsChanges.find((c) => c.key === 'stretchRoutineId');
    expect(change?.to).toMatch(/^own-preview\d$/);
    expect(result.preview.settingsChanges.find((c) => c.key === 'stretchTimes')?.to).toEqual([{ at: '13:30', routineId: change?.to }]);
    // What is applied keeps the file's ids: applying merges again into the library as it is then.
    expect(result.apply.settings.stretchRoutineId).toBe('own-physio');
    expect(result.apply.own).toEqual({ exercises: library().exercises, routines: library().routines, images: [picture] });
  });

  it('into the library it came from: everything is already there, nothing added, no setting changes', async () => {
    const result = await previewImport(await exportOf(), settings, none, now, false, library());
    expect(result.ok && result.preview.own).toEqual({ routines: [], exercises: [], alreadyThere: 3, images: 1 });
    expect(result.ok && result.preview.settingsChanges).toEqual([]);
  });

  it('beside different entries of the same names: added under "(2)", never overwriting', async () => {
    const mine = ownLibrary({ exercises: [ownExercise({ id: 'own-other', holdSec: 30 })], routines: [ownRoutine({ id: 'own-mine', steps: [{ exerciseId: 'own-other' }] })] });
    const result = await previewImport(await exportOf(), settings, none, now, false, mine);
    expect(result.ok && result.preview.own).toMatchObject({
      routines: [{ name: 'My physio routine (2)', renamedFrom: 'My physio routine' }],
      exercises: [{ name: 'Knee straightening (2)', renamedFrom: 'Knee straightening' }, { name: 'Calf raise', renamedFrom: null }],
    });
  });

  it('an export without own things writes none of their keys, as before issue 24', async () => {
    const text = await exportJson(settings, [], now, { library: emptyLibrary(), images: images([]) });
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['app', 'format', 'exportedAt', 'settings', 'history']);
  });
});

describe('hostile own content in an import', () => {
  const edit = async (change: (file: Record<string, unknown>) => void) => {
    const file = JSON.parse(await exportOf()) as Record<string, unknown>;
    change(file);
    return JSON.stringify(file);
  };
  const exercises = (f: Record<string, unknown>) => f['ownExercises'] as Array<Record<string, unknown>>;
  const svg = Buffer.from('<svg onload="alert(1)"><script>alert(1)</script></svg>').toString('base64');

  it.each<[string, () => Promise<string>, string]>([
    ['a prototype key in an exercise', async () => (await exportOf()).replace('"id": "own-knee"', '"__proto__": {"polluted": true}, "id": "own-knee"'), 'keys that are not allowed'],
    ['markup with a control character in a name', () => edit((f) => (exercises(f)[0]!['name'] = '<img src=x onerror=alert(1)>\u0007')), 'ownExercises[0].name: Remove the hidden control characters'],
    ['an SVG with script as the picture', () => edit((f) => ((f['ownImages'] as ExportedImage[])[0]!.data = svg)), 'ownImages[0]: Only PNG, JPEG or WebP'],
    ['an image bomb (huge dimensions, tiny file)', () => edit((f) => ((f['ownImages'] as ExportedImage[])[0]!.data = webp(60000, 60000).toString('base64'))), 'ownImages[0]: This picture is 60000 × 60000 pixels'],
    ['a picture the file does not hold', () => edit((f) => (f['ownImages'] = [])), 'ownExercises[0]: The exercise “Knee straightening” names a picture the file does not hold'],
    ['a picture entry longer than any picture', () => edit((f) => ((f['ownImages'] as ExportedImage[])[0]!.data = 'A'.repeat(Math.ceil(IMAGE_MAX_BYTES / 3) * 4 + 400))), 'larger than'],
    ['a routine using an exercise that is not there', () => edit((f) => (f['ownExercises'] = exercises(f).slice(1))), 'uses an exercise that is not there'],
    ['201 exercises', () => edit((f) => (f['ownExercises'] = Array.from({ length: 201 }, (_, i) => ({ ...exercises(f)[1], id: `own-x${i}` })))), 'more than'],
    ['a newer own library', () => edit((f) => (f['ownLibraryVersion'] = 2)), 'newer'],
    ['own exercises that are not a list', () => edit((f) => (f['ownExercises'] = { 'own-knee': {} })), 'ownExercises'],
    ['deep JSON in a routine', async () => (await exportOf()).replace('"ownRoutines": [', `"ownRoutines": [${'['.repeat(5000)}${']'.repeat(5000)},`), 'ownRoutines[0]'],
  ])('refuses %s in words, whole: nothing to apply', async (_what, make, message) => {
    const result = await previewImport(await make(), settings, none, now, false, library());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toContain(message);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('pictures have their own budget: over 20 MB of them import beside the history', async () => {
    // A PNG of 1.6 MB: its header, one large private chunk, its end (checkImage walks every chunk).
    const chunk = (type: string, data: Buffer) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      return Buffer.concat([length, Buffer.from(type, 'ascii'), data, Buffer.alloc(4)]);
    };
    const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('prIv', Buffer.alloc(1_600_000, 7)), chunk('IEND', Buffer.alloc(0))]);
    const many = Array.from({ length: 10 }, (_, i): ExportedImage => ({ id: `img-${String(i).repeat(32)}`, type: 'image/png', data: png.toString('base64') }));
    const text = await exportOf(library(), [...many, picture]);
    expect(text.length).toBeGreaterThan(20 * 1024 * 1024);
    const result = await previewImport(text, settings, none, now, false, emptyLibrary());
    expect(result.ok && result.preview.own?.images).toBe(11);
  });

  it('pictures have their own budget: 20 MB of history and pictures past it are told apart', async () => {
    expect(MAX_IMAGE_CHARS).toBeGreaterThan(IMAGE_MAX_BYTES);
    const text = await exportOf();
    const padded = text.replace('"history": []', `"history": [], "exportedBy": "${'x'.repeat(20 * 1024 * 1024)}"`);
    const result = await previewImport(padded, settings, none, now, false, library());
    expect(!result.ok && result.errors).toEqual(['The file is larger than 20 MB; that is not a Limber export.']);
  });
});
