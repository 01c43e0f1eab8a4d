import { afterEach, describe, expect, it } from 'vitest';
import { checkLibrary, deleteExercise, deleteRoutine, duplicateExercise, duplicateRoutine, reorderRoutines, saveExercise, uniqueName } from '../../../../electron/routines/common/library';
import { emptyLibrary } from '../../../../electron/routines/common/own-schema';
import { publishLibrary } from '../../../../electron/routines/common/to-catalogue';
import { exerciseById, routineById } from '../../../../electron/exercises/common/routines';
import { ownExercise, ownLibrary, ownRoutine } from '../../../support/own-routines';

afterEach(() => publishLibrary(emptyLibrary()));

describe('the own library', () => {
  it('is checked whole: a step naming an exercise that is not there is refused, naming the routine and step', () => {
    expect(() => checkLibrary(ownLibrary({ exercises: [] }))).toThrow('Step 1 of “My physio routine” uses an exercise that is not there.');
  });

  it('refuses an id used twice, a walk in a routine, and both sides of a one-sided exercise', () => {
    expect(() => checkLibrary(ownLibrary({ routines: [ownRoutine({ id: 'own-knee' })] }))).toThrow('share the id own-knee');
    expect(() => checkLibrary(ownLibrary({ routines: [ownRoutine({ steps: [{ exerciseId: 'walk' }] })] }))).toThrow('cannot include a walk');
    expect(() => checkLibrary(ownLibrary({ routines: [ownRoutine({ steps: [{ exerciseId: 'bridge', sides: 2 }] })] }))).toThrow('asks for both sides');
  });

  it('refuses an exercise whose spoken words would run past their time, and takes it with time enough', () => {
    const label = 'Left leg resting across the right knee, slowly and calmly now';
    const wordy = ownExercise({ switchSec: 5, sideLabels: [label.slice(0, 60), label.slice(0, 59)] });
    expect(() => saveExercise(emptyLibrary(), wordy)).toThrow('In “Knee straightening” a spoken line needs 6 seconds and has less');
    expect(saveExercise(emptyLibrary(), { ...wordy, sideLabels: ['Right leg', 'Left leg'] }).exercises).toHaveLength(1);
  });

  it('deleting an exercise a routine uses is refused, naming the routines; the library is unchanged', () => {
    const lib = ownLibrary({ routines: [ownRoutine(), ownRoutine({ id: 'own-two', name: 'Evening' })] });
    expect(() => deleteExercise(lib, 'own-knee')).toThrow('the routines "My physio routine", "Evening" use this exercise');
    expect(lib.exercises).toHaveLength(1);
    const freed = deleteRoutine(deleteRoutine(lib, 'own-physio'), 'own-two');
    expect(deleteExercise(freed, 'own-knee').exercises).toEqual([]);
  });

  it('built-in routines are read-only: only own ones can be deleted; a duplicate is how one is changed', () => {
    expect(() => deleteRoutine(ownLibrary(), 'quick-desk-stretch')).toThrow('Only your own');
    const lib = duplicateRoutine(ownLibrary(), 'quick-desk-stretch', 'own-copy');
    const copy = lib.routines.find((r) => r.id === 'own-copy')!;
    expect(copy.name).toBe('Quick desk stretch (copy)');
    expect(copy.steps).toEqual(routineById('quick-desk-stretch')!.steps);
    const again = duplicateRoutine(lib, 'quick-desk-stretch', 'own-copy2');
    expect(again.routines.at(-1)!.name).toBe('Quick desk stretch (copy) (2)');
  });

  it('a built-in exercise duplicated becomes an own one with its figure; walks cannot be', () => {
    const lib = duplicateExercise(emptyLibrary(), 'bridge', 'own-bridge');
    expect(lib.exercises[0]).toMatchObject({ id: 'own-bridge', position: 'floor', picture: { kind: 'pose', pose: 'bridge' } });
    expect(() => duplicateExercise(emptyLibrary(), 'walk', 'own-walk')).toThrow('no such exercise');
  });

  it('unique names stay within the name length', () => {
    const long = 'x'.repeat(60);
    expect(uniqueName(long, [long]).length).toBeLessThanOrEqual(60);
    expect(uniqueName('Evening', ['evening'])).toBe('Evening (2)');
  });

  it('reorders own routines only with exactly their ids', () => {
    const lib = ownLibrary({ routines: [ownRoutine(), ownRoutine({ id: 'own-two', name: 'Evening' })] });
    expect(reorderRoutines(lib, ['own-two', 'own-physio']).routines.map((r) => r.id)).toEqual(['own-two', 'own-physio']);
    expect(() => reorderRoutines(lib, ['own-two'])).toThrow('each of your routines once');
    expect(() => reorderRoutines(lib, ['own-two', 'own-two'])).toThrow('each of your routines once');
  });

  it('once published, the catalogue finds own exercises and routines by id, with step changes applied', () => {
    expect(routineById('own-physio')).toBeUndefined();
    publishLibrary(ownLibrary({ routines: [ownRoutine({ steps: [{ exerciseId: 'own-knee', sides: 1, reps: 1 }] })] }));
    expect(exerciseById('own-knee')?.source).toEqual({ kind: 'own' });
    expect(routineById('own-physio')?.name).toBe('My physio routine');
  });
});
