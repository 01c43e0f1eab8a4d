// Spoken cues in a really hidden window: the real renderer build and player (Chromium harness,
// real services in this process) in a background tab of headed Debian Chromium on a private Xvfb,
// where Chromium throttles the page's timers to about once a second. The cues must still be said
// on time: they are handed to the audio clock ahead, whose events a hidden page still gets.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../support/backend';
import { measureHiddenCues, wholeRunMs, type HiddenCueRun } from '../support/hidden-cues';
import { launchHeadedChromium, type HeadedChromium } from '../support/hidden-window';
import { projectRoot } from '../support/project-root';
import { requireBinaries } from './desktop-session';

/** Generous: the goal is 100 ms (npm run bench reports the median); a throttled tick is ~1000 ms late. */
const SLACK_MS = 300;

/** The whole floor routine, from "Ready" to "Well done" (about 8 minutes): every lead-in, switch, rep and the getting up. */
const ROUTINE = 'sciatica-relief';
const RUN_MS = wholeRunMs(ROUTINE);

let headed: HeadedChromium | null = null;
let run: HiddenCueRun;

describe.runIf(process.platform === 'linux')('spoken cues in a hidden window (headed Chromium on Xvfb, a tab in front)', () => {
  beforeAll(async () => {
    requireBinaries({ Xvfb: 'xvfb' }, 'The hidden-window cue test');
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`The hidden-window cue test needs Chromium at ${CHROMIUM_PATH} (apt-get install chromium).`);
    if (!existsSync(join(projectRoot(), 'dist', 'renderer', 'index.html'))) throw new Error('The hidden-window cue test needs the built renderer: run npm run build.');
    headed = await launchHeadedChromium();
    console.info(`[hidden-cues] spawned:\n  ${headed.commands.join('\n  ')}`);
    run = await measureHiddenCues(headed, RUN_MS, ROUTINE);
    console.info(`[hidden-cues] ${JSON.stringify({ ...run, said: run.said.length, planned: run.planned.length })}`);
  }, RUN_MS + 60_000);

  afterAll(async () => {
    await headed?.close();
  }, 30_000);

  it('the window really is hidden and throttled: a 100 ms interval runs about once a second, or less', () => {
    expect(run.hiddenIntervalPerS).toBeLessThan(2);
  });

  it(`says each spoken cue within ${SLACK_MS} ms of its moment, with the window hidden`, () => {
    // Every moment after the window settled hidden (15 s on), those while its timers stall included.
    expect(run.momentsWhileHidden).toBeGreaterThan(50); // the whole routine's moments, not a sample
    expect(run.lateMs.length).toBe(run.momentsWhileHidden);
    for (const late of run.lateMs) expect(Math.abs(late)).toBeLessThan(SLACK_MS);
  });

  it('says every planned line of the whole floor routine once, in order (the tick and the audio clock never both say one)', () => {
    expect(run.planned.at(-1)).toBe('Well done. Session complete.');
    expect(run.said).toEqual(run.planned);
  });
});

describe.runIf(process.platform !== 'linux')('spoken cues in a hidden window', () => {
  it('runs on Linux only', () => {
    console.warn(`[hidden-cues] NOT RUN: needs Linux (this is ${process.platform}).`);
  });
});
