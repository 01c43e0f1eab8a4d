import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { exportRoutine, parseShareFile, planImport } from '../../../../electron/routines/common/share-format';
import { emptyLibrary } from '../../../../electron/routines/common/own-schema';
import { publishLibrary } from '../../../../electron/routines/common/to-catalogue';
import { checkImage } from '../../../../electron/routines/common/image-check';
import { ownLibrary } from '../../../support/own-routines';

afterEach(() => publishLibrary(emptyLibrary()));

/** The complete example in docs/routine-format.md, as a physiotherapist would write it. */
const doc = readFileSync(new URL('../../../../docs/routine-format.md', import.meta.url), 'utf8');
const example = /```json\n([\s\S]*?)\n```/.exec(doc)![1]!;
let n = 0;
const fresh = () => `own-new${++n}`;

describe('the routine file format', () => {
  it('imports the documented example: its routine and exercises under fresh ids, its picture a real PNG', () => {
    const file = parseShareFile(example);
    const plan = planImport(emptyLibrary(), file, fresh);
    expect(plan.routine.name).toBe('Morning routine from my physio');
    expect(plan.exercises.map((e) => e.name)).toEqual(['Seated knee extension', 'Calf raise at the desk']);
    expect(plan.library.routines[0]!.steps.map((s) => s.exerciseId)).toEqual([plan.exercises[0]!.id, 'sit-tall-reset', plan.exercises[1]!.id]);
    const image = Object.values(plan.images)[0]!;
    expect(checkImage(Buffer.from(image.data, 'base64'))).toEqual({ type: 'image/png', width: 2, height: 2 });
  });

  it('never overwrites: the same file imported twice is named " (2)" and keeps the first', () => {
    const once = planImport(emptyLibrary(), parseShareFile(example), fresh).library;
    const twice = planImport(once, parseShareFile(example), fresh);
    expect(twice.routine).toMatchObject({ name: 'Morning routine from my physio (2)', renamedFrom: 'Morning routine from my physio' });
    expect(twice.library.routines.map((r) => r.name)).toEqual(['Morning routine from my physio', 'Morning routine from my physio (2)']);
    expect(twice.library.exercises).toHaveLength(4);
    expect(twice.library.exercises.slice(0, 2)).toEqual(once.exercises);
  });

  it('round-trips an export', () => {
    const file = exportRoutine(ownLibrary(), 'own-physio');
    const plan = planImport(emptyLibrary(), parseShareFile(JSON.stringify(file)), fresh);
    expect(plan.library.routines[0]!.name).toBe('My physio routine');
    expect(plan.library.exercises[0]!.steps).toEqual(ownLibrary().exercises[0]!.steps);
  });

  it.each([
    ['a newer version', example.replace('"version": 1', '"version": 7'), 'version 7, made by a newer Limber: update Limber to import it. Nothing was changed.'],
    ['not JSON', '{"format": "limber-routine",', 'not JSON'],
    ['deep JSON', '['.repeat(50_000) + ']'.repeat(50_000), 'not a Limber routine file'],
    ['another kind of file', '{"schemaVersion": 4}', 'not a Limber routine file'],
    ['prototype keys', example.replace('"format"', '"__proto__": {"polluted": true}, "format"'), 'cannot be imported'],
    ['a step naming a missing exercise', example.replace('"exerciseId": "own-kneeext"', '"exerciseId": "own-gone"'), 'uses an exercise that is not there'],
    ['a picture the file lacks', example.replace(/"img-0+1": \{[^}]*\}/, ''), 'names a picture the file does not hold'],
    ['a hold out of bounds', example.replace('"holdSec": 10,', '"holdSec": 100000,'), 'A hold lasts between 5 and 300 seconds'],
    ['a control character in a name', example.replace('Seated knee extension', 'Seated knee\\u0000 extension'), 'hidden control characters'],
  ])('refuses %s in plain words', (_what, text, message) => {
    expect(() => planImport(emptyLibrary(), parseShareFile(text), fresh)).toThrow(message);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
