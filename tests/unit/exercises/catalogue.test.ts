import { describe, expect, it } from 'vitest';
import { EXERCISES, validateExercises } from '../../../electron/core/exercises/catalogue';
import { ROUTINES, routineById, routineDurationSec, validateRoutines } from '../../../electron/core/exercises/routines';

describe('exercise catalogue', () => {
  it('loads, with the seed exercises and desk variants', () => {
    const ids = EXERCISES.map((e) => e.id);
    for (const id of ['piriformis-floor', 'hamstring-floor', 'core-brace', 'walk', 'figure-four-seated', 'hamstring-standing']) {
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
});

describe('routines', () => {
  it('have the lengths the home screen promises', () => {
    const sec = (id: string) => routineDurationSec(routineById(id)!);
    expect(sec('quick-desk-stretch')).toBeGreaterThanOrEqual(150);
    expect(sec('quick-desk-stretch')).toBeLessThanOrEqual(210);
    expect(sec('sciatica-relief')).toBeGreaterThanOrEqual(330);
    expect(sec('sciatica-relief')).toBeLessThanOrEqual(420);
    expect(sec('posture-reset')).toBeLessThanOrEqual(45);
    expect(routineById('walk-break')!.logsWalk).toBe(true);
  });

  it('quick desk stretch stays at the desk; gentle flare-up moves are all gentle', () => {
    const positions = (id: string) => routineById(id)!.steps.map((s) => EXERCISES.find((e) => e.id === s.exerciseId)!);
    expect(positions('quick-desk-stretch').every((e) => e.position === 'seated' || e.position === 'standing')).toBe(true);
    expect(positions('gentle-flare').every((e) => e.gentle)).toBe(true);
  });

  it('rejects a routine that names an unknown exercise', () => {
    expect(() => validateRoutines([{ ...ROUTINES[0]!, steps: [{ exerciseId: 'cartwheel' }] }])).toThrow(/unknown exercise: cartwheel/);
  });
});
