import type { Exercise } from './schema';
import { STOP_NERVE } from './stop-lines';

const STOP_WALK = 'Leg pain builds the further you walk.';

/** Walking, which the seed counts among the best exercises. Sources: docs/exercise-sources.md. */
export const WALKING_EXERCISES: Exercise[] = [
  {
    id: 'walk',
    name: 'Brisk walk',
    position: 'walking',
    summary: 'A walk at a pace that warms you up but still lets you talk.',
    steps: [
      'Stand up and head out: a corridor, the stairs or outside.',
      'Walk at an easy pace for the first minute, then pick it up.',
      'Swing your arms naturally and keep your head up.',
    ],
    cues: ['Stand tall and look ahead rather than at your feet.', 'Slow down if your leg pain builds.'],
    feel: 'Warm and loose, slightly out of breath but able to talk.',
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
    name: 'Easy walk',
    position: 'walking',
    summary: 'A short walk at whatever pace feels comfortable.',
    steps: [
      'Stand up slowly and walk at a pace that feels comfortable today.',
      'Keep it short: a couple of minutes is enough on a bad day.',
      'Let your arms swing and keep your head up.',
    ],
    cues: ['Slow down or stop if your leg pain builds.', 'Stand tall and look ahead rather than at your feet.'],
    feel: 'Easy, comfortable movement.',
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
