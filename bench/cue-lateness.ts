import { HIDDEN_RUN_MS, measureHiddenCues } from '../tests/support/hidden-cues';
import { launchHeadedChromium } from '../tests/support/hidden-window';
import { atMost, informative, type Figures } from './figure';
import { median } from './stats';

const HIDDEN_GOAL_MS = 100;

/**
 * Spoken cues in a really hidden main window (tests/support/hidden-window.ts: a background tab of
 * headed Chromium on a private Xvfb, its timers throttled to about once a second, which the run
 * checks), voice on and tones off (a page playing tones is not throttled at all). Lateness of each
 * spoken moment: its first line's utterance start, or its speak() call when no voice is installed
 * (as on a build machine), minus the moment the session planned. Real seconds: about 100.
 */
export async function benchCueLateness(): Promise<Figures> {
  const headed = await launchHeadedChromium();
  try {
    const run = await measureHiddenCues(headed, HIDDEN_RUN_MS);
    if (run.hiddenIntervalPerS > 2) throw new Error(`the hidden page was not throttled (a 100 ms interval ran ${run.hiddenIntervalPerS.toFixed(1)}/s)`);
    if (run.lateMs.length === 0) throw new Error('no spoken cue fell while the window was hidden');
    const measuredAt = run.voiced ? 'utterance start' : 'speak() call, no voice installed';
    return {
      cue_lateness_hidden_median_ms: atMost(median(run.lateMs), HIDDEN_GOAL_MS, 'ms'),
      cue_lateness_hidden_worst_ms: informative(Math.max(...run.lateMs), 'ms', `none (worst of ${run.lateMs.length} moments; at ${measuredAt})`),
      hidden_page_interval_runs_per_s: informative(run.hiddenIntervalPerS, '/s', 'none (a 100 ms interval in the hidden page: ~1 proves the throttling)'),
    };
  } finally {
    await headed.close();
  }
}
