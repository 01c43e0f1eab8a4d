// Own routines run wherever a built-in does (issue 24, part 4): plan and length, phases with the
// step's changes, the speech budget, the safety filter and the sitting rule by position.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { allRoutines, routineById, routineGetsYouUp, resolveSteps, stepActiveSec } from '../../../../electron/exercises/common/routines';
import { planRoutine } from '../../../../electron/exercises/common/plan';
import { buildPhases } from '../../../../electron/session/common/phases';
import { speechOverruns } from '../../../../electron/session/common/speech-budget';
import { breakRoutineId, offerRoutine, ownNotScreened, whyLeftOut, type OfferContext } from '../../../../electron/safety/common/offer';
import { flareStatus } from '../../../../electron/safety/common/flare';
import { checkLibrary, LibraryError } from '../../../../electron/routines/common/library';
import { emptyLibrary, OWN_BOUNDS, type OwnExercise } from '../../../../electron/routines/common/own-schema';
import { publishLibrary, toRoutine } from '../../../../electron/routines/common/to-catalogue';
import { ownExercise, ownLibrary, ownRoutine } from '../../../support/own-routines';

afterEach(() => publishLibrary(emptyLibrary()));

describe('an own routine runs as a built-in does', () => {
  it('is listed with the built-ins, planned with lead-ins, and its steps changes are what the timer runs', () => {
    publishLibrary(ownLibrary({ routines: [ownRoutine({ steps: [{ exerciseId: 'own-knee', reps: 3, restSec: 10, sides: 1, holdSec: 30 }] })] }));
    expect(allRoutines().map((r) => r.id)).toContain('own-physio');
    const [step] = resolveSteps(routineById('own-physio')!);
    expect(step!.exercise).toMatchObject({ sides: 1, reps: 3, restSec: 10 });
    expect(step!.exercise.sideLabels).toBeUndefined();
    expect(stepActiveSec(step!)).toBe(30 * 3 + 10 * 2);
    const plan = planRoutine(routineById('own-physio')!);
    expect(plan.totalSec).toBe(plan.leadInSec + 110 + plan.getUpSec);
    expect(plan.needs).toEqual(['chair']);
    const rests = buildPhases(plan.steps).filter((p) => p.kind === 'rest');
    expect(rests.map((p) => p.durationMs)).toEqual([10_000, 10_000]);
  });

  it('a routine on your feet ends a sitting bout; a seated one does not', () => {
    publishLibrary(
      ownLibrary({
        exercises: [ownExercise(), ownExercise({ id: 'own-calf', name: 'Calf raise', position: 'standing', sides: 1, sideLabels: undefined })],
        routines: [ownRoutine({ steps: [{ exerciseId: 'own-knee' }] }), ownRoutine({ id: 'own-up', name: 'Up', steps: [{ exerciseId: 'own-calf' }] })],
      }),
    );
    expect(routineGetsYouUp('own-physio')).toBe(false);
    expect(routineGetsYouUp('own-up')).toBe(true);
  });

  it('the screening cannot judge own exercises and says so; in a flare-up only gentle ones are offered', () => {
    publishLibrary(ownLibrary({ exercises: [ownExercise(), ownExercise({ id: 'own-soft', name: 'Soft', gentle: true })] }));
    const own = routineById('own-physio') && resolveSteps(routineById('own-physio')!)[0]!.exercise;
    const unanswered: OfferContext = { flare: null, screening: null, leftOut: [] };
    expect(whyLeftOut(own!, unanswered)).toBeNull();
    expect(ownNotScreened(own!)).toContain('cannot judge this exercise');
    expect(breakRoutineId('own-physio', unanswered)).toBe('own-physio');
    const flare: OfferContext = { ...unanswered, flare: flareStatus(new Date('2026-12-07T08:00:00').toISOString(), new Date('2026-12-07T12:00:00')) };
    expect(whyLeftOut(own!, flare)).toContain('only your own exercises marked gentle');
    const soft = offerRoutine(toRoutine(ownRoutine({ steps: [{ exerciseId: 'own-soft' }, { exerciseId: 'own-knee' }] })), flare);
    expect(soft.routine.steps.map((s) => s.exerciseId)).toEqual(['own-soft']);
  });
});

/** Own exercises within every bound, with words of any length the schema takes. */
const words = (max: number) => fc.array(fc.constantFrom('slowly', 'knee', 'breathe', 'out', 'the', 'straighten', 'hold'), { minLength: 1, maxLength: max }).map((w) => `${w.join(' ')}.`.padEnd(3, '.'));
const anyExercise = fc.record({
  steps: fc.array(words(38), { minLength: 1, maxLength: OWN_BOUNDS.steps.max }),
  stopIf: words(38),
  position: fc.constantFrom<OwnExercise['position'][]>('seated', 'standing', 'floor'),
  sides: fc.constantFrom<Array<1 | 2>>(1, 2),
  label: words(8).map((s) => s.slice(0, 60)),
  holdSec: fc.integer({ min: OWN_BOUNDS.holdSec.min, max: OWN_BOUNDS.holdSec.max }),
  reps: fc.integer({ min: 1, max: OWN_BOUNDS.reps.max }),
  restSec: fc.integer({ min: OWN_BOUNDS.restSec.min, max: OWN_BOUNDS.restSec.max }),
  switchSec: fc.integer({ min: OWN_BOUNDS.switchSec.min, max: OWN_BOUNDS.switchSec.max }),
});

describe('the speech budget covers own routines', () => {
  it('every own routine the library takes has every spoken moment fit its time, steps read or names only, either side first', () => {
    fc.assert(
      fc.property(fc.array(anyExercise, { minLength: 1, maxLength: 3 }), (drawn) => {
        const exercises = drawn.map(({ label, ...d }, i): OwnExercise => {
          const { sideLabels: _none, ...base } = ownExercise({ id: `own-x${i}`, name: `Exercise ${i}` });
          return {
            ...base,
            ...d,
            stopIf: d.stopIf.slice(0, 240),
            steps: d.steps.map((s) => s.slice(0, 240)),
            ...(d.sides === 2 ? { sideLabels: [label, `${label}!`.slice(0, 60)] as [string, string] } : {}),
          };
        });
        const library = { ...emptyLibrary(), exercises, routines: [ownRoutine({ steps: exercises.map((e) => ({ exerciseId: e.id })) })] };
        let accepted;
        try {
          accepted = checkLibrary(library);
        } catch (error) {
          expect(error).toBeInstanceOf(LibraryError);
          expect((error as Error).message).toContain('a spoken line needs');
          return;
        }
        publishLibrary(accepted);
        const routine = routineById('own-physio')!;
        for (const firstSide of [1, 2] as const) {
          expect(speechOverruns(routine, { firstSide })).toEqual([]);
          expect(speechOverruns(routine, { firstSide, namesOnly: new Set(exercises.map((e) => e.id)) })).toEqual([]);
        }
      }),
      { numRuns: 60, seed: 24 },
    );
  });
});
