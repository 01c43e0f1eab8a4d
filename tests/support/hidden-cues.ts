import type { Page } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { routineById } from '../../electron/exercises/common/routines';
import type { OwnLibrary } from '../../electron/routines/common/own-schema';
import { ROUTINES_FILE } from '../../electron/routines/node/routines-store';
import { Session } from '../../electron/session/common/session';
import { SETTINGS_VERSION } from '../../electron/settings/common/schema';
import { bundleHarnessPreload, launchChromiumApp } from './chromium-app';
import { hideBehindNewTab, startIntervalProbe, type HeadedChromium } from './hidden-window';
import { NOTHING_APPLIES } from './safety-answers';

/**
 * Spoken cues of the real player in a really hidden window (hidden-window.ts), measured against
 * the moments the session model plans. Shared by tests/integration/hidden-cues.test.ts (its
 * behaviour, with slack) and bench/cue-lateness.ts (the median against the goal).
 */

/** Runs before the page: every speak() call and utterance start, and the last click, on the page's clock. */
function speechLogProbe(): void {
  const log: Array<{ text: string; calledAt: number; startedAt: number | null; endedAt: number | null }> = [];
  const w = window as unknown as { __speechLog: typeof log; __lastClickAt: number };
  w.__speechLog = log;
  w.__lastClickAt = NaN;
  // Capture phase: runs before the player's own handler in the same task, within a millisecond of its clock reading.
  window.addEventListener('click', () => (w.__lastClickAt = performance.now()), true);
  if (typeof speechSynthesis === 'undefined') return;
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
    const entry = {
      text: utterance.text,
      calledAt: performance.now(),
      startedAt: null as number | null,
      endedAt: null as number | null,
    };
    utterance.addEventListener('start', () => (entry.startedAt = performance.now()));
    utterance.addEventListener('end', () => (entry.endedAt = performance.now()));
    log.push(entry);
    speak(utterance);
  };
}

/** Called just before the measured span starts and just after it ends (tests/support/timed-rendezvous.ts). */
export interface SpanHooks {
  beforeSpan?: () => Promise<unknown>;
  afterSpan?: () => Promise<unknown>;
}

export interface HiddenCueRun {
  /** Per moment that fell while hidden: when its first line started (or speak() was called, with no voice) minus its moment, ms. */
  lateMs: number[];
  /** Whether any utterance reported starting (a voice exists); else lateness is taken at speak(). */
  voiced: boolean;
  /** The lines said from "Ready" on, and the lines the session model plans for that span, in order. */
  said: string[];
  planned: string[];
  /**
   * Per spoken moment followed by another, with a voice: when its last line ended minus when the
   * next moment was planned, ms (negative: it ended in time; positive: it ran into the next).
   */
  overrunMs: number[];
  /** How often a 100 ms interval ran in the hidden page: about 1 proves the throttling is real. */
  hiddenIntervalPerS: number;
  /** Spoken moments the model plans after the window settled hidden: each should have a lateness. */
  momentsWhileHidden: number;
}

/** A line the model plans, `at` ms after "Ready" (an own routine: as the running app published it). */
function plannedLines(routineId: string, spanMs: number): Array<{ at: number; text: string }> {
  const routine = routineById(routineId);
  if (!routine) throw new Error(`The app did not publish routine ${routineId}.`);
  const session = new Session(routine, -1, 0);
  // As the player's "Ready": the first hold starts at 0.
  const cues = [...session.next(0), ...session.advance(spanMs)];
  return cues.flatMap((cue) => (cue.kind === 'speak' ? [{ at: cue.at, text: cue.text }] : []));
}

/**
 * On the home screen of `page` (loaded with speechLogProbe): opens and starts `routineName`, says
 * "Ready" (the first hold starts at that click), hides the window behind another tab, and lets the
 * session run for `spanMs` of real time. Moments planned within `spanMs` are measured, except
 * those in the first `settleMs` after hiding (the window must be hidden and throttled by then).
 */
async function runHiddenCues(
  page: Page,
  routineId: string,
  routineName: string,
  spanMs: number,
  around: SpanHooks,
  settleMs = 2_000,
): Promise<HiddenCueRun> {
  await page.getByRole('button', { name: `Open ${routineName}` }).click();
  // Before "Start": the get-ready countdown would start the hold by itself while waiting.
  await around.beforeSpan?.();
  await page.getByRole('button', { name: `Start ${routineName}` }).click();
  await page.getByRole('button', { name: 'Ready' }).click();
  const readyAt = await page.evaluate(() => (window as unknown as { __lastClickAt: number }).__lastClickAt);
  const front = await hideBehindNewTab(page);
  const hiddenAt = await page.evaluate(() => performance.now());
  const intervalRate = await startIntervalProbe(page);
  const end = readyAt + spanMs;
  await page.waitForTimeout(Math.max(0, end - (await page.evaluate(() => performance.now()))));
  const hiddenIntervalPerS = await intervalRate();
  const stillHidden = await page.evaluate(() => document.hidden);
  const log = (
    await page.evaluate(
      () =>
        (
          window as unknown as {
            __speechLog: Array<{ text: string; calledAt: number; startedAt: number | null; endedAt: number | null }>;
          }
        ).__speechLog,
    )
  ).filter((entry) => entry.calledAt >= readyAt && entry.calledAt < end);
  await around.afterSpan?.();
  await front.close();
  if (!stillHidden)
    throw new Error(
      'The window came to the front during the hidden-cue run: its figures would not be of a hidden window.',
    );

  const planned = plannedLines(routineId, spanMs - 1);
  const lateMs: number[] = [];
  const momentsWhileHidden = new Set(
    planned.filter((line) => readyAt + line.at >= hiddenAt + settleMs).map((line) => line.at),
  ).size;
  /** When each moment's lines finished being said (the latest end), by the moment's planned time. */
  const endedBy = new Map<number, number>();
  let cursor = 0;
  for (const [index, line] of planned.entries()) {
    const found = log.findIndex((entry, i) => i >= cursor && entry.text === line.text);
    if (found < 0) continue;
    cursor = found + 1;
    const endedAt = log[found]!.endedAt;
    if (endedAt !== null) endedBy.set(line.at, Math.max(endedBy.get(line.at) ?? -Infinity, endedAt));
    const firstOfMoment = index === 0 || planned[index - 1]!.at !== line.at;
    if (!firstOfMoment || readyAt + line.at < hiddenAt + settleMs) continue;
    const entry = log[found]!;
    lateMs.push((entry.startedAt ?? entry.calledAt) - (readyAt + line.at));
  }
  const moments = [...new Set(planned.map((line) => line.at))];
  const overrunMs = moments.slice(0, -1).flatMap((at, i) => {
    const ended = endedBy.get(at);
    return ended === undefined ? [] : [ended - (readyAt + moments[i + 1]!)];
  });
  return {
    lateMs,
    overrunMs,
    voiced: log.some((entry) => entry.startedAt !== null),
    said: log.map((entry) => entry.text),
    planned: planned.map((line) => line.text),
    hiddenIntervalPerS,
    momentsWhileHidden,
  };
}

/**
 * How long the bench's run stays hidden from "Ready": Quick desk stretch's first hold, its next
 * lead-in and the figure-four's first side, with spoken moments all through. Long enough for Chromium's stronger
 * throttling too: about a minute after hiding, the page's timers stall for 30 s at a time.
 */
export const HIDDEN_RUN_MS = 95_000;

/**
 * The whole measurement: Limber (real build, real services) as a tab of `headed`, a returning user
 * with voice on and tones off, Quick desk stretch run hidden for `spanMs` from "Ready". Tones off
 * because Chromium does not throttle a page that is playing sound: with tones the hidden window's
 * timers run at full rate during a session, and spoken cues alone (silent to Chromium) are the case
 * where a throttled tick would make them late.
 */
export async function measureHiddenCues(
  headed: HeadedChromium,
  spanMs: number,
  routineId = 'quick-desk-stretch',
  around: SpanHooks = {},
  library?: OwnLibrary,
): Promise<HiddenCueRun> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'limber-hidden-'));
  // An own routine (`library`) is in the routines file before start, as the routine editor leaves it.
  if (library) await writeFile(join(userDataDir, ROUTINES_FILE), JSON.stringify(library));
  const routineName = library?.routines.find((r) => r.id === routineId)?.name ?? routineById(routineId)?.name;
  if (!routineName) throw new Error(`No routine ${routineId} to run hidden.`);
  // Floor view off: its lead-ins wait for "Ready", and nobody presses it in a hidden window.
  await writeFile(
    join(userDataDir, 'settings.json'),
    JSON.stringify({
      schemaVersion: SETTINGS_VERSION,
      firstRunAcknowledged: true,
      soundsEnabled: false,
      floorMode: false,
      screening: NOTHING_APPLIES,
    }),
  );
  const preload = `${await bundleHarnessPreload()}\n;(${speechLogProbe.toString()})();`;
  const app = await launchChromiumApp(headed.browser, preload, userDataDir, { context: headed.context });
  try {
    return await runHiddenCues(app.page, routineId, routineName, spanMs, around);
  } finally {
    await app.close();
  }
}
