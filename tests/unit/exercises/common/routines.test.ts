import { describe, expect, it } from 'vitest';
import { EXERCISES, exerciseById, validateExercises, ROUTINES, routineById, routineDurationSec, validateRoutines } from '../../../../electron/exercises/common/routines';
import { planRoutine } from '../../../../electron/exercises/common/plan';
import { buildPhases } from '../../../../electron/session/common/phases';

describe('exercise catalogue', () => {
  it('loads, with the seed exercises and desk variants', () => {
    const ids = EXERCISES.map((e) => e.id);
    for (const id of ['piriformis-floor', 'hamstring-floor', 'core-brace', 'bridge', 'walk', 'walk-easy', 'figure-four-seated', 'hamstring-standing']) {
      expect(ids).toContain(id);
    }
    const piriformis = EXERCISES.find((e) => e.id === 'piriformis-floor')!;
    expect(piriformis).toMatchObject({ holdSec: 60, sides: 2, position: 'floor', source: { kind: 'seed' } });
    expect(EXERCISES.find((e) => e.id === 'figure-four-seated')!.source.kind).toBe('variant');
  });

  it('tells every exercise when to stop', () => {
    for (const e of EXERCISES) expect(e.stopIf.length).toBeGreaterThan(0);
  });

  it('rejects a broken entry with a message naming it', () => {
    const broken = { ...EXERCISES[0]!, id: 'bad-one', holdSec: -5 };
    expect(() => validateExercises([broken])).toThrow(/bad-one is invalid at holdSec/);
    expect(() => validateExercises([EXERCISES[0], EXERCISES[0]])).toThrow(/listed twice/);
  });

  it('names both sides of every two-sided exercise, and no sides of a one-sided one', () => {
    for (const e of EXERCISES) expect(e.sideLabels !== undefined).toBe(e.sides === 2);
    expect(exerciseById('piriformis-floor')!.sideLabels).toEqual(['Right over left', 'Left over right']);
    const piriformis = exerciseById('piriformis-floor')!;
    expect(() => validateExercises([{ ...piriformis, sideLabels: undefined }])).toThrow(/piriformis-floor is invalid at sideLabels/);
    expect(() => validateExercises([{ ...exerciseById('bridge')!, sideLabels: ['Left', 'Right'] }])).toThrow(/bridge is invalid at sideLabels/);
  });

  it('says what its setup needs and what any extra lead-in time is for', () => {
    const towel = exerciseById('hamstring-floor')!;
    expect(towel.setup).toMatchObject({ needs: ['mat', 'towel'], extraLeadInSec: 15 });
    expect(towel.setup.prepare).toMatch(/towel/);
    expect(() => validateExercises([{ ...towel, setup: { needs: ['towel'], extraLeadInSec: 15 } }])).toThrow(/hamstring-floor is invalid at setup/);
    expect(() => validateExercises([{ ...towel, setup: { needs: ['rope'], extraLeadInSec: 0 } }])).toThrow(/hamstring-floor is invalid at setup\.needs/);
  });
});

describe('routines', () => {
  it('have the lengths the home screen promises', () => {
    const sec = (id: string) => routineDurationSec(routineById(id)!);
    expect(sec('quick-desk-stretch')).toBeGreaterThanOrEqual(150);
    expect(sec('quick-desk-stretch')).toBeLessThanOrEqual(210);
    expect(sec('sciatica-relief')).toBe(374); // 15 s and 12 s to change legs on the floor
    expect(sec('posture-reset')).toBeLessThanOrEqual(45);
    expect(routineById('walk-break')!.logsWalk).toBe(true);
  });

  const exercisesOf = (id: string) => routineById(id)!.steps.map((s) => exerciseById(s.exerciseId)!);

  it('quick desk stretch stays at the desk', () => {
    expect(exercisesOf('quick-desk-stretch').every((e) => e.position === 'seated' || e.position === 'standing')).toBe(true);
  });

  it('gentle flare-up moves: all gentle, a walk, and no stretch over a straight leg', () => {
    const flare = exercisesOf('gentle-flare');
    expect(flare.every((e) => e.gentle)).toBe(true);
    expect(flare.some((e) => e.position === 'walking')).toBe(true);
    expect(flare.map((e) => e.id)).not.toContain('hamstring-seated');
    for (const id of ['hamstring-seated', 'hamstring-standing', 'hamstring-floor']) expect(exerciseById(id)!.gentle).toBe(false);
  });

  it('the floor routine strengthens the back as well as the stomach', () => {
    const ids = exercisesOf('sciatica-relief').map((e) => e.id);
    expect(ids).toEqual(['piriformis-floor', 'hamstring-floor', 'bridge', 'core-brace']);
    expect(exerciseById('bridge')!.source.kind).toBe('variant');
  });

  it('runs for exactly as long as its plan says: the session player runs the plan, lead-ins and getting up included', () => {
    for (const routine of ROUTINES) {
      const phases = buildPhases(planRoutine(routine).steps);
      expect(phases.reduce((sum, p) => sum + p.durationMs, 0)).toBe(planRoutine(routine).totalSec * 1000);
    }
  });

  it('rejects a routine that names an unknown exercise', () => {
    expect(() => validateRoutines([{ ...ROUTINES[0]!, steps: [{ exerciseId: 'cartwheel' }] }])).toThrow(/unknown exercise: cartwheel/);
  });
});
