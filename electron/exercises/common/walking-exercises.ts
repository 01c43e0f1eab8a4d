import type { ExerciseSource } from './localize';
import { STOP_NERVE, STOP_WALK } from './stop-lines';

/** Walking, which the seed counts among the best exercises. Words: exercises.json. Sources: docs/exercise-sources.md. */
export const WALKING_EXERCISES: ExerciseSource[] = [
  {
    id: 'walk',
    name: 'exercises.walk.name',
    position: 'walking',
    summary: 'exercises.walk.summary',
    steps: ['exercises.walk.step1', 'exercises.walk.step2', 'exercises.walk.step3'],
    cues: ['exercises.walk.cue1', 'exercises.walk.cue2'],
    feel: 'exercises.walk.feel',
    stopIf: [STOP_NERVE, STOP_WALK],
    holdSec: 300,
    sides: 1,
    limb: 'body',
    reps: 1,
    gentle: true,
    setup: { needs: [], extraLeadInSec: 0 },
    source: {
      kind: 'seed',
      fact: 'Walking is easy, low impact and good for the lower back; build up gradually toward about three miles a day at a brisk pace.',
    },
  },
  {
    id: 'walk-easy',
    name: 'exercises.walkEasy.name',
    position: 'walking',
    summary: 'exercises.walkEasy.summary',
    steps: ['exercises.walkEasy.step1', 'exercises.walkEasy.step2', 'exercises.walkEasy.step3'],
    cues: ['exercises.walkEasy.cue1', 'exercises.walkEasy.cue2'],
    feel: 'exercises.walkEasy.feel',
    stopIf: [STOP_NERVE, STOP_WALK],
    holdSec: 120,
    sides: 1,
    limb: 'body',
    reps: 1,
    gentle: true,
    setup: { needs: [], extraLeadInSec: 0 },
    source: {
      kind: 'seed',
      fact: 'Walking is an easy, low-impact exercise; a day or two of rest may follow a flare-up, but not moving eventually makes the pain worse.',
      adapted: 'Shorter and slower than the brisk walk, for a bad day; the seed asks to build up walking gradually.',
    },
  },
];
