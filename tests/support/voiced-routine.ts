import type { Page } from '@playwright/test';
import type { Routine } from '../../electron/exercises/common/schema';

/**
 * A whole routine spoken for real: the page (with CuePlayer and Session bundled on `window.__limber`)
 * runs the session as the player does — every 250 ms it hands out what is due and puts the next
 * 4 s on the audio clock — while every utterance's speak(), start and end are logged on the page's
 * clock. Shared by tests/integration/speech.test.ts.
 */
export interface UtteranceLog {
  text: string;
  calledAt: number;
  startedAt: number | null;
  endedAt: number | null;
}

export interface VoicedRun {
  /** The lines the session model plans, with their moments, on the page's clock. */
  planned: Array<{ at: number; text: string }>;
  log: UtteranceLog[];
}

interface LimberWindow {
  __limber: {
    CuePlayer: new (o: { tones: () => boolean; voice: () => boolean }) => { play(cues: unknown[], perfNow: number): void };
    Session: new (r: Routine, now: number, startedAt: number) => {
      advance(now: number): Array<{ at: number; kind: string; text?: string }>;
      upcoming(now: number, until: number): unknown[];
      finished: boolean;
    };
  };
  __voiced?: { planned: VoicedRun['planned']; log: UtteranceLog[]; done: boolean };
}

/** Starts the run on the page and returns at once; `waitForVoicedRun` collects it. */
export async function startVoicedRun(page: Page, routine: Routine): Promise<void> {
  await page.evaluate((r) => {
    const w = window as unknown as LimberWindow;
    const log: UtteranceLog[] = [];
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      const entry: UtteranceLog = { text: utterance.text, calledAt: performance.now(), startedAt: null, endedAt: null };
      utterance.addEventListener('start', () => (entry.startedAt = performance.now()));
      utterance.addEventListener('end', () => (entry.endedAt = performance.now()));
      log.push(entry);
      speak(utterance);
    };
    const { CuePlayer, Session } = w.__limber;
    const start = performance.now() + 500;
    const planned = new Session(r, start, 0)
      .advance(start + 24 * 3_600_000)
      .flatMap((cue) => (cue.kind === 'speak' ? [{ at: cue.at, text: cue.text! }] : []));
    const state = { planned, log, done: false };
    w.__voiced = state;
    const player = new CuePlayer({ tones: () => false, voice: () => true });
    const session = new Session(r, start, Date.now());
    const timer = setInterval(() => {
      const now = performance.now();
      if (now < start) return;
      player.play(session.advance(now), now);
      player.play(session.upcoming(now, now + 4000), now);
      if (session.finished && !speechSynthesis.speaking && !speechSynthesis.pending) {
        clearInterval(timer);
        state.done = true;
      }
    }, 250);
  }, routine);
}

export async function waitForVoicedRun(page: Page, timeoutMs: number): Promise<VoicedRun> {
  await page.waitForFunction(() => (window as unknown as LimberWindow).__voiced?.done === true, undefined, { timeout: timeoutMs, polling: 1000 });
  return page.evaluate(() => {
    const { planned, log } = (window as unknown as LimberWindow).__voiced!;
    return { planned, log };
  });
}

/** Per spoken moment: how late its first line started, and whether its last line ended before the next moment. */
export function judgeVoicedRun({ planned, log }: VoicedRun): { lateMs: number[]; calledLateMs: number[]; voiceLagMs: number; overlapsMs: number[]; unstarted: string[]; worst: string[] } {
  const moments: Array<{ at: number; lines: UtteranceLog[] }> = [];
  planned.forEach((line, i) => {
    const entry = log[i];
    if (!entry) return;
    const last = moments.at(-1);
    if (last && last.at === line.at) last.lines.push(entry);
    else moments.push({ at: line.at, lines: [entry] });
  });
  const unstarted = log.filter((e) => e.startedAt === null || e.endedAt === null).map((e) => e.text);
  const lateMs = moments.map((m) => (m.lines[0]!.startedAt ?? Infinity) - m.at);
  // When the player handed each moment's first line to the voice: the player's own timing.
  const calledLateMs = moments.map((m) => m.lines[0]!.calledAt - m.at);
  // The voice's own start-up, from speak() to the first sound (speech-dispatcher and espeak-ng): the median.
  const lags = moments.map((m) => (m.lines[0]!.startedAt ?? Infinity) - m.lines[0]!.calledAt).sort((a, b) => a - b);
  const voiceLagMs = lags[Math.floor(lags.length / 2)] ?? Infinity;
  // How far each moment's speech ran past the next moment's start (≤ 0: it was over in time).
  const overlapsMs = moments.slice(0, -1).map((m, i) => (m.lines.at(-1)!.endedAt ?? Infinity) - moments[i + 1]!.at);
  // The moments to look at when something fails: late starts and speech running on, with their words.
  const worst = moments
    .map((m, i) => ({ m, late: lateMs[i]!, over: overlapsMs[i] ?? -Infinity }))
    .filter((x) => x.late > 150 || x.over > -150)
    .map((x) => `${(x.m.at - moments[0]!.at).toFixed(0)} ms: late ${x.late.toFixed(0)}, ends ${x.over.toFixed(0)} from next · ${x.m.lines.map((l) => l.text).join(' | ').slice(0, 90)}`);
  return { lateMs, calledLateMs, voiceLagMs, overlapsMs, unstarted, worst };
}
