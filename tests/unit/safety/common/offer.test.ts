import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES, ROUTINE_IDS, ROUTINES } from '../../../../electron/exercises/common/routines';
import { EXERCISE_LOADS, loadsOf, breakRoutineId, offerContext, sessionOffer, swapOptions, whyLeftOut, type OfferContext, SCREENING_RULES, unansweredBecause, type Screening } from '../../../../electron/safety/common/offer';
import { DEFAULT_SETTINGS } from '../../../../electron/settings/common/schema';

const NOW = new Date('2026-11-20T10:00:00.000Z');
const NONE: Screening = { hipReplacement: 'no', recentSpinalProcedure: false, pregnancy: 'no', osteoporosis: false, painfulSide: 'right', worseWith: [] };
const ctx = (screening: Screening | null, more: Partial<OfferContext> = {}): OfferContext => ({ flare: null, screening, leftOut: [], ...more });

const screeningArb: fc.Arbitrary<Screening> = fc.record({
  hipReplacement: fc.constantFrom('no', 'posterior', 'anterior', 'unknown'),
  recentSpinalProcedure: fc.boolean(),
  pregnancy: fc.constantFrom('no', 'first', 'second', 'third'),
  osteoporosis: fc.boolean(),
  painfulSide: fc.constantFrom('left', 'right', 'both', 'back'),
  worseWith: fc.subarray(['sitting-bending', 'standing-walking', 'lying'] as const),
});

/** Every exercise any path could put in front of the user for this answer set. */
function everythingOffered(c: OfferContext): string[] {
  const ids = new Set<string>();
  for (const id of ROUTINE_IDS) {
    // Home, tray, shortcut, command line and the preview: a routine asked for by id.
    for (const step of sessionOffer(id, c).routine.steps) ids.add(step.exerciseId);
    // A reminder (and "start now" without a routine): the routine breaks open, as offered.
    for (const step of sessionOffer(breakRoutineId(id, c), c).routine.steps) ids.add(step.exerciseId);
  }
  // A swap in the preview.
  for (const e of swapOptions(EXERCISES, c)) ids.add(e.id);
  return [...ids];
}

describe('what is offered to this person', () => {
  it('every exercise says what it loads', () => {
    expect(Object.keys(EXERCISE_LOADS).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
  });

  it('property: no exercise tagged for an answer is ever offered, by any path', () => {
    fc.assert(
      fc.property(screeningArb, fc.integer({ min: -1, max: 8 }), (screening, flareDay) => {
        const flareUpSince = flareDay < 0 ? null : new Date(NOW.getTime() - flareDay * 86_400_000).toISOString();
        const c = offerContext({ flareUpSince, screening, leftOutExercises: [] }, NOW);
        const banned = new Set(SCREENING_RULES.filter((r) => r.applies(screening)).flatMap((r) => r.leavesOut));
        for (const id of everythingOffered(c)) {
          expect(loadsOf(id).filter((l) => banned.has(l)), `${id} offered`).toEqual([]);
        }
      }),
    );
  });

  it('a hip replacement leaves out what its approach rules out, with the reason', () => {
    const hip = (hipReplacement: Screening['hipReplacement']) => ctx({ ...NONE, hipReplacement });
    const notOffered = (c: OfferContext) => EXERCISES.map((e) => e.id).filter((id) => !everythingOffered(c).includes(id)).sort();
    // From the back: no bending past a right angle, no crossing the legs.
    expect(notOffered(hip('posterior'))).toEqual(['figure-four-seated', 'hamstring-seated', 'piriformis-floor']);
    // From the front: no turning the leg out (the ankle on the other knee); the floor piriformis stays.
    expect(notOffered(hip('anterior'))).toEqual(['figure-four-seated']);
    // Not knowing which: both sets.
    expect(notOffered(hip('unknown'))).toEqual(['figure-four-seated', 'hamstring-seated', 'piriformis-floor']);
    expect(sessionOffer('sciatica-relief', hip('posterior')).leftOut.map((l) => [l.exercise.id, l.reason])).toEqual([
      ['piriformis-floor', 'you told Limber you have a hip replacement done from the back'],
    ]);
    expect(sessionOffer('quick-desk-stretch', hip('anterior')).leftOut.map((l) => [l.exercise.id, l.reason])).toEqual([
      ['figure-four-seated', 'you told Limber you have a hip replacement done from the front'],
    ]);
    expect(sessionOffer('quick-desk-stretch', hip('unknown')).leftOut.map((l) => l.reason)).toEqual([
      'you told Limber you have a hip replacement and do not know which way it was done',
      'you told Limber you have a hip replacement and do not know which way it was done',
    ]);
  });

  it('each answer changes what is offered', () => {
    const all = everythingOffered(ctx(NONE)).sort();
    expect(all).toEqual(EXERCISES.map((e) => e.id).sort());
    const changes: Array<Partial<Screening>> = [
      { hipReplacement: 'anterior' },
      { hipReplacement: 'posterior' },
      { hipReplacement: 'unknown' },
      { recentSpinalProcedure: true },
      { pregnancy: 'second' },
      { osteoporosis: true },
      { worseWith: ['sitting-bending'] },
      { worseWith: ['standing-walking'] },
      { worseWith: ['lying'] },
    ];
    for (const change of changes) expect(everythingOffered(ctx({ ...NONE, ...change })).length, JSON.stringify(change)).toBeLessThan(all.length);
  });

  it('stays conservative until the questions are answered', () => {
    const c = ctx(null);
    expect(everythingOffered(c).sort()).toEqual(['shoulder-rolls', 'sit-tall-reset', 'walk-easy']);
    expect(whyLeftOut(EXERCISES.find((e) => e.id === 'bridge')!, c)).toBe(unansweredBecause());
  });

  it('a routine with nothing offered names why and offers the gentle one instead', () => {
    const offer = sessionOffer('sciatica-relief', ctx({ ...NONE, worseWith: ['lying'] }));
    expect(offer.instead?.id).toBe('gentle-flare');
    expect(offer.leftOut).toHaveLength(4);
    expect(offer.leftOut[0]!.reason).toBe('you told Limber lying down makes your leg worse');
  });

  it('in the first days of a flare-up, every routine started by hand is the gentle one or gentle moves of it', () => {
    const flare = offerContext({ ...DEFAULT_SETTINGS, screening: NONE, flareUpSince: NOW.toISOString() }, NOW);
    for (const routine of ROUTINES) {
      const offer = sessionOffer(routine.id, flare);
      for (const step of offer.routine.steps) expect(EXERCISES.find((e) => e.id === step.exerciseId)!.gentle).toBe(true);
    }
    expect(sessionOffer('sciatica-relief', flare).instead?.id).toBe('gentle-flare');
    expect(sessionOffer('sciatica-relief', flare).leftOut[0]!.reason).toBe('held back in your flare-up; it returns on day 6');
  });

  it('an exercise that hurt is left out everywhere until brought back', () => {
    const c = ctx(NONE, { leftOut: ['hamstring-seated'] });
    expect(everythingOffered(c)).not.toContain('hamstring-seated');
    expect(whyLeftOut(EXERCISES.find((e) => e.id === 'hamstring-seated')!, c)).toMatch(/^you said it hurt/);
    expect(everythingOffered(ctx(NONE))).toContain('hamstring-seated');
  });
});
