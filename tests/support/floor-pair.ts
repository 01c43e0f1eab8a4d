import { routineById } from '../../electron/exercises/common/routines';
import type { Routine } from '../../electron/exercises/common/schema';
import type { OwnLibrary, OwnRoutine } from '../../electron/routines/common/own-schema';

/**
 * The floor routine both real-time speech tests play whole (tests/integration/speech.test.ts aloud,
 * hidden-cues.test.ts in a hidden window), as a person could set it up in the routine editor: the
 * piriformis stretch on both sides held 10 s a side, then the bridge in two reps, about two and a
 * half minutes. Every kind of moment the player speaks is in it: a lead-in read in full (time to get
 * down, then every step), the hold's side, the side switch said with its movement and its countdown,
 * the next exercise's lead-in straight after (where one exercise's last line could run into the
 * next), rep cues two to three seconds apart in time with the tones, the getting up and the end.
 * A longer routine only repeats these kinds of moment, at a minute of real time per exercise on
 * every CI run: Sciatica relief whole is nine minutes, which `npm run bench` says aloud instead
 * (bench/floor-aloud.ts), and every routine's words are checked against their time without playing
 * them (speech-fit.test.ts, tests/unit/session/common/speech-budget.test.ts).
 */
// Short holds and two reps (a routine's step may set its own, issue 24): the cues' timing is the
// same at any length, and the catalogue's holds and reps would add five minutes to every CI run.
export const FLOOR_PAIR: OwnRoutine = {
  id: 'own-floorpair',
  name: 'Floor pair',
  steps: [
    { exerciseId: 'piriformis-floor', holdSec: 10 },
    { exerciseId: 'bridge', reps: 2 },
  ],
};

/** The routines file (routines.json in the data folder) that holds it. */
export const FLOOR_PAIR_LIBRARY: OwnLibrary = { version: 1, exercises: [], routines: [FLOOR_PAIR] };

/**
 * The same steps as a catalogue routine, for the session model without the app running (the own
 * routine is published to the catalogue only by a running app's routines store).
 */
export const floorPairRoutine = (): Routine => ({ ...routineById('sciatica-relief')!, steps: FLOOR_PAIR.steps });
