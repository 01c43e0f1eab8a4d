import { HIDDEN_RUN_MS, measureHiddenCues, type HiddenCueRun } from '../tests/support/hidden-cues';
import { launchHeadedChromium } from '../tests/support/hidden-window';
import { atMost, informative, type Figures } from './figure';
import { median } from './stats';

const HIDDEN_GOAL_MS = 100;

async function hiddenRun(voice: boolean): Promise<HiddenCueRun> {
  const headed = await launchHeadedChromium({ voice });
  try {
    return await measureHiddenCues(headed, HIDDEN_RUN_MS);
  } finally {
    await headed.close();
  }
}

/**
 * Spoken cues in a really hidden main window (tests/support/hidden-window.ts: a background tab of
 * headed Chromium on a private Xvfb), voice on and tones off (a page playing tones is not
 * throttled at all). Lateness of each spoken moment = its first line's start minus the moment the
 * session planned. Two runs of about 100 real seconds each:
 * - without a voice installed (as on a build machine): taken at speak(), in a page whose timers
 *   the run proves throttled (about once a second, then stalled for 30 s at a time): the goal;
 * - with espeak-ng through speech-dispatcher, taken at the utterance's start: what is heard. It adds
 *   the synthesizer's start-up, a moment whose line waits for a long previous one (the steps read
 *   while getting ready) starts when that ends, and Chromium does not throttle a page while it
 *   speaks; so it is informative, its median printed.
 */
export async function benchCueLateness(): Promise<Figures> {
  const run = await hiddenRun(false);
  if (run.hiddenIntervalPerS > 2) throw new Error(`the hidden page was not throttled (a 100 ms interval ran ${run.hiddenIntervalPerS.toFixed(1)}/s)`);
  if (run.lateMs.length === 0) throw new Error('no spoken cue fell while the window was hidden');
  const figures: Figures = {
    cue_lateness_hidden_median_ms: atMost(median(run.lateMs), HIDDEN_GOAL_MS, 'ms'),
    cue_lateness_hidden_worst_ms: informative(Math.max(...run.lateMs), 'ms', `none (worst of ${run.lateMs.length} moments, at speak())`),
    hidden_page_interval_runs_per_s: informative(run.hiddenIntervalPerS, '/s', 'none (a 100 ms interval in the hidden page: ~1 or less proves the throttling)'),
  };
  try {
    const voiced = await hiddenRun(true);
    if (!voiced.voiced || voiced.lateMs.length === 0) throw new Error('no utterance reported its start');
    figures['cue_lateness_hidden_voiced_median_ms'] = informative(median(voiced.lateMs), 'ms', 'none (at the utterance start: adds espeak-ng start-up and queueing)');
  } catch (error) {
    console.warn(`[bench] voiced cue lateness not measured: ${error instanceof Error ? error.message : String(error)}`);
    figures['cue_lateness_hidden_voiced_median_ms'] = informative(NaN, 'ms', 'not measured (no speech-dispatcher voice here)');
  }
  return figures;
}
