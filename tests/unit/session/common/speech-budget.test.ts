import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES, ROUTINES, routineById, switchSecOf } from '../../../../electron/exercises/common/routines';
import { planRoutine, speechSec, SPEECH_WORDS_PER_SEC, wordCount } from '../../../../electron/exercises/common/plan';
import type { Routine } from '../../../../electron/exercises/common/schema';
import { Session, type Cue } from '../../../../electron/session/common/session';
import { speechOverruns, spokenMoments } from '../../../../electron/session/common/speech-budget';

const custom = (steps: Array<{ exerciseId: string; holdSec?: number }>): Routine => ({
  id: 'custom',
  name: 'Custom routine',
  description: 'A routine made up for a test.',
  where: 'anywhere',
  steps,
  logsWalk: false,
});
const describeOverruns = (routine: Routine, names?: ReadonlySet<string>) =>
  speechOverruns(routine, { namesOnly: names }).map((m) => `${m.at / 1000}s needs ${m.needMs} ms, has ${m.haveMs} ms: ${m.lines.join(' ')}`);

describe('the words planned for a moment fit before the next moment', () => {
  it('counts words as a voice says them, at a conservative rate', () => {
    expect(wordCount('Get ready. First: Piriformis stretch (on the floor).')).toBe(8);
    expect(wordCount('Lift — then hold 30 percent.')).toBe(5);
    expect(SPEECH_WORDS_PER_SEC).toBeLessThanOrEqual(2.5);
    expect(speechSec(['One two three four five six seven eight nine ten eleven.'])).toBeCloseTo(11 / 2.2 + 0.3, 5);
  });

  it('in every routine of the catalogue, steps read or names only', () => {
    for (const routine of ROUTINES) {
      expect(describeOverruns(routine), routine.id).toEqual([]);
      expect(describeOverruns(routine, new Set(EXERCISES.map((e) => e.id))), routine.id).toEqual([]);
    }
  });

  it('for every exercise alone, at its shortest, its own and its longest hold', () => {
    for (const exercise of EXERCISES) {
      for (const holdSec of [5, exercise.holdSec, 900]) {
        expect(describeOverruns(custom([{ exerciseId: exercise.id, holdSec }])), `${exercise.id} at ${holdSec} s`).toEqual([]);
      }
    }
  });

  it('for any routine made from the catalogue (custom routines): any order, any hold, any exercises read by name only', () => {
    const ids = EXERCISES.map((e) => e.id);
    fc.assert(
      fc.property(
        fc.array(fc.record({ exerciseId: fc.constantFrom(...ids), holdSec: fc.integer({ min: 5, max: 900 }) }), { minLength: 1, maxLength: 6 }),
        fc.subarray(ids),
        (steps, names) => {
          expect(describeOverruns(custom(steps), new Set(names))).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the checker measures what is said: the floor lead-in reads every step, in its time and no more', () => {
    const relief = routineById('sciatica-relief')!;
    const [first] = spokenMoments(relief);
    expect(first!.at).toBe(0);
    expect(first!.lines.length).toBe(2 + EXERCISES.find((e) => e.id === 'piriformis-floor')!.steps.length);
    expect(first!.needMs).toBeGreaterThan(40_000); // 102 words: the lead-in the review measured at 20 s
    expect(first!.haveMs).toBe(planRoutine(relief).steps[0]!.leadInSec * 1000);
    expect(first!.needMs).toBeLessThanOrEqual(first!.haveMs);
  });
});

describe('reps speak in time with the tones', () => {
  const cuesOf = (id: string) => new Session(custom([{ exerciseId: id }]), 0, 0).advance(3600_000);
  const holdsOf = (id: string) => {
    const s = new Session(custom([{ exerciseId: id }]), 0, 0);
    let t = 0;
    return s.phases.map((p) => ({ ...p, start: (t += p.durationMs) - p.durationMs, end: t }));
  };

  it('the bridge: "Lift" with the start tone, "Hold", "Lower slowly" with the second-last tick, "Rest"', () => {
    const cues = cuesOf('bridge');
    const spoken = cues.flatMap((c) => (c.kind === 'speak' && !c.text.startsWith('Next') ? [c.text] : []));
    const afterLeadIn = spoken.slice(spoken.indexOf('Lift.'));
    expect(afterLeadIn).toEqual([
      ...['Lift.', 'Hold.', 'Lower slowly.', 'Rest.'],
      ...['Lift.', 'Hold.', 'Lower slowly.', 'Rest.'],
      ...['Lift.', 'Hold.', 'Lower slowly.', 'Rest.'],
      ...['Lift.', 'Hold.', 'Lower slowly.'],
      planRoutine(custom([{ exerciseId: 'bridge' }])).steps[0]!.getUpCue,
      'Well done. Session complete.',
    ]);
    const at = (kind: string, text: string) => cues.filter((c) => c.kind === kind && (c.kind === 'tone' ? c.tone : c.text) === text).map((c) => c.at);
    const holds = holdsOf('bridge').filter((p) => p.kind === 'hold');
    expect(at('speak', 'Lift.')).toEqual(holds.map((h) => h.start));
    for (const t of at('speak', 'Lift.')) expect(at('tone', 'start')).toContain(t);
    expect(at('speak', 'Lower slowly.')).toEqual(holds.map((h) => h.end - 2000));
    for (const t of at('speak', 'Lower slowly.')) expect(at('tone', 'tick')).toContain(t);
    expect(at('speak', 'Rest.')).toEqual(holdsOf('bridge').filter((p) => p.kind === 'rest').map((r) => r.start));
  });

  it('every exercise with reps speaks at every rep, one-rep holds never say "Lift"', () => {
    for (const exercise of EXERCISES) {
      const spoken = cuesOf(exercise.id).flatMap((c: Cue) => (c.kind === 'speak' ? [c.text] : []));
      const ends = spoken.filter((t) => t === 'Rest.').length;
      if (exercise.reps > 1) expect(ends, exercise.id).toBe((exercise.reps - 1) * exercise.sides);
      else expect(ends, exercise.id).toBe(0);
    }
  });
});

describe('changing sides', () => {
  it('takes as long as each exercise says: long enough on the floor to lower one foot at a time and cross again', () => {
    const switchOf = (id: string) => new Session(custom([{ exerciseId: id }]), 0, 0).phases.find((p) => p.kind === 'switch')!;
    expect(switchOf('piriformis-floor').durationMs).toBe(15_000);
    expect(switchOf('hamstring-floor').durationMs).toBe(12_000);
    expect(switchOf('figure-four-seated').durationMs).toBe(8_000);
    for (const exercise of EXERCISES.filter((e) => e.sides === 2 && e.position === 'floor')) expect(switchSecOf(exercise), exercise.id).toBeGreaterThanOrEqual(12);
  });

  it('says how to change over, the new side, and counts down the last three seconds', () => {
    const s = new Session(custom([{ exerciseId: 'piriformis-floor' }]), 0, 0);
    const sw = s.phases.findIndex((p) => p.kind === 'switch');
    const start = s.phases.slice(0, sw).reduce((t, p) => t + p.durationMs, 0);
    const end = start + s.phases[sw]!.durationMs;
    const spoken = s.advance(end).filter((c) => c.kind === 'speak' && c.at >= start);
    expect(spoken.map((c) => [c.at - start, c.kind === 'speak' && c.text])).toEqual([
      [0, 'Switch legs. Lower one foot at a time, bring both knees up again and cross the other way. Left over right.'],
      [12_000, 'Three, two, one.'],
    ]);
    const fresh = new Session(custom([{ exerciseId: 'piriformis-floor' }]), 0, 0);
    fresh.advance(start + 1000);
    expect(fresh.view(start + 1000)).toMatchObject({ phase: 'switch', instructions: ['Lower one foot at a time, bring both knees up again and cross the other way.'] });
  });
});
