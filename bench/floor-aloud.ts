import { planRoutine } from '../electron/exercises/common/plan';
import { routineById } from '../electron/exercises/common/routines';
import { measureHiddenCues } from '../tests/support/hidden-cues';
import { launchHeadedChromium } from '../tests/support/hidden-window';
import { atMost, informative, type Figures } from './figure';
import { median } from './stats';

const FLOOR_ROUTINE = 'sciatica-relief';
/** Issue 23: no line late by more than this, and none running into the next moment. */
const LATE_GOAL_MS = 300;

/**
 * Issue 23's "a whole floor routine, run with a real voice, speaks every line once and on time":
 * Sciatica relief from "Ready" to "Well done" (about 9 minutes of real time, too long for every CI
 * run, so it lives here), in a really hidden window with espeak-ng through speech-dispatcher into a
 * private PulseAudio's null sink, tones off. Lateness is taken at each moment's first utterance
 * start; running on is the last line's end against the next moment. `npm test` covers the same
 * with one floor exercise aloud (speech.test.ts) and every line of every routine synthesized and
 * measured against its moment (speech-fit.test.ts).
 */
export async function benchFloorAloud(): Promise<Figures> {
  const routine = routineById(FLOOR_ROUTINE)!;
  const spanMs = planRoutine(routine).totalSec * 1000 + 2_000;
  const headed = await launchHeadedChromium({ voice: true });
  try {
    const run = await measureHiddenCues(headed, spanMs, FLOOR_ROUTINE);
    if (!run.voiced) throw new Error('no utterance reported its start: no speech-dispatcher voice here');
    const missing = run.planned.filter((line, i) => run.said[i] !== line).length + Math.abs(run.said.length - run.planned.length);
    return {
      floor_aloud_lines_not_said_once_in_order: atMost(missing, 0, 'lines'),
      floor_aloud_late_worst_ms: atMost(Math.max(...run.lateMs), LATE_GOAL_MS, 'ms'),
      floor_aloud_late_median_ms: informative(median(run.lateMs), 'ms', `none (${run.lateMs.length} moments, at the utterance start)`),
      floor_aloud_overrun_worst_ms: atMost(Math.max(...run.overrunMs), 0, 'ms'),
      floor_aloud_lines: informative(run.said.length, 'lines', `none (${run.planned.length} planned over ${(spanMs / 60_000).toFixed(1)} min)`),
    };
  } finally {
    await headed.close();
  }
}
