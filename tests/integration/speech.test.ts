// Spoken cues, for real: Debian's Chromium with --enable-speech-dispatcher (the switch main adds on
// Linux), speech-dispatcher + espeak-ng, and a private PulseAudio whose null sink is recorded. The
// page runs Limber's own voice check and CuePlayer, bundled from the renderer sources.
import { chromium, type Browser } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/backend';
import { projectRoot } from '../support/project-root';
import { chromiumSwitchesFor } from '../../electron/main/chromium-switches';
import {
  AUDIO_BINARIES,
  recordSink,
  startAudio,
  startSpeechDispatcher,
  stopSpeechDispatcher,
  type AudioDesktop,
} from './audio-session';
import { ProcessGroup, requireBinaries } from './desktop-session';
import { judgeVoicedRun, startVoicedRun, waitForVoicedRun } from '../support/voiced-routine';
import { planRoutine } from '../../electron/exercises/common/plan';
import type { Routine } from '../../electron/exercises/common/schema';
import { floorPairRoutine } from '../support/floor-pair';
import { leaveRendezvous, rendezvous, RENDEZVOUS_WAIT_MS } from '../support/timed-rendezvous';

/** Generous, as in hidden-cues.test.ts: a line is late when a previous one ran on, by seconds. */
const SLACK_MS = 300;

/** Floor pair (floor-pair.ts): two floor exercises, every kind of spoken moment, about 2.5 minutes. */
const FLOOR: Routine = floorPairRoutine();
const FLOOR_MS = planRoutine(FLOOR).totalSec * 1000;

/** Silence measures 0; espeak-ng speaking measured about 0.09 here. */
const RMS_FLOOR = 0.005;

const group = new ProcessGroup();
process.once('exit', () => group.killSync());
let audio: AudioDesktop;
let browser: Browser | null = null;

/** voice-availability.ts and audio-cues.ts as the page gets them, exposed on window for the test. */
async function bundleCueCode(): Promise<string> {
  const root = projectRoot();
  const result = await build({
    stdin: {
      contents:
        "import { hasVoices } from './voice-availability';\nimport { CuePlayer } from './audio-cues';\n" +
        "import { Session } from '../../electron/session/common/session';\n" +
        // The page's words, as boot-locale.ts activates them before anything renders and the
        // session view adds its own (load-catalog.ts).
        "import shell from '../../electron/i18n/common/generated/window/en-shell.js';\n" +
        "import session from '../../electron/i18n/common/generated/window/en-session.js';\n" +
        "import { activateCatalog } from '../../electron/i18n/common/translate';\n" +
        "activateCatalog('en', { ...shell, ...session });\n" +
        'Object.assign(window, { __limber: { hasVoices, CuePlayer, Session } });\n',
      resolveDir: join(root, 'renderer', 'src'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

interface CueWindow {
  __limber: {
    hasVoices: (s: SpeechSynthesis, ms?: number) => Promise<boolean>;
    CuePlayer: new (o: { tones: () => boolean; voice: () => boolean }) => {
      play(cues: Array<{ at: number; kind: 'speak'; text: string }>, perfNow: number): void;
    };
  };
}

describe.runIf(process.platform === 'linux')(
  'spoken cues in Chromium on Linux (speech-dispatcher → private PulseAudio)',
  () => {
    beforeAll(async () => {
      requireBinaries(AUDIO_BINARIES, 'The speech integration test');
      if (!existsSync(CHROMIUM_PATH))
        throw new Error(`The speech integration test needs Chromium at ${CHROMIUM_PATH} (apt-get install chromium).`);
      audio = await startAudio(group);
      await startSpeechDispatcher(group, audio);
      // The same switch main.ts appends before ready on Linux.
      const { flags } = chromiumSwitchesFor({ platform: 'linux', wayland: false, enableFeatures: '' });
      browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: [...CHROMIUM_ARGS, ...flags.map((f) => `--${f}`)],
        env: audio.env,
        timeout: 30_000,
      });
      console.info(`[speech] spawned:\n  ${group.commands.join('\n  ')}\n  ${CHROMIUM_PATH} --${flags.join(' --')}`);
    }, 120_000);

    afterAll(async () => {
      leaveRendezvous('speech');
      await browser?.close();
      if (audio) stopSpeechDispatcher(audio);
      await group.stopAll();
    }, 30_000);

    it('lists voices, and a spoken cue reaches the sink as sound', async () => {
      const page = await browser!.newPage();
      await page.setContent('<title>cue</title>');
      await page.addScriptTag({ content: await bundleCueCode() });

      expect(
        await page.evaluate(() => (window as unknown as CueWindow).__limber.hasVoices(speechSynthesis, 20_000)),
      ).toBe(true);
      const voices = await page.evaluate(() => speechSynthesis.getVoices().map((v) => v.name));
      expect(voices.some((v) => /espeak/i.test(v))).toBe(true);

      // Quiet before: the floor is a real floor.
      const before = recordSink(group, audio, 'before');
      await new Promise((r) => setTimeout(r, 800));
      expect(await before.stop()).toBeLessThan(RMS_FLOOR);

      const recording = recordSink(group, audio, 'cue');
      await new Promise((r) => setTimeout(r, 300));
      await page.evaluate(async () => {
        const { CuePlayer } = (window as unknown as CueWindow).__limber;
        // Due now (a cue's moment is on the performance timeline; one long past is stale and left out).
        const now = performance.now();
        new CuePlayer({ tones: () => false, voice: () => true }).play(
          [{ at: now, kind: 'speak', text: 'Switch legs. Ten seconds left.' }],
          now,
        );
        // Wait for speech to start and then to finish (bounded).
        const until = Date.now() + 15_000;
        while (!speechSynthesis.speaking && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
        while (speechSynthesis.speaking && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      });
      const rms = await recording.stop();
      console.info(`[speech] ${voices.length} voices; RMS of the spoken cue on the null sink: ${rms}`);
      expect(rms).toBeGreaterThan(RMS_FLOOR);
    }, 90_000);

    it(
      'a floor routine of two exercises with espeak-ng: every line said once, in order, none late by 300 ms, none running into the next',
      async () => {
        const page = await browser!.newPage();
        await page.setContent('<title>floor</title>');
        await page.addScriptTag({ content: await bundleCueCode() });
        expect(
          await page.evaluate(() => (window as unknown as CueWindow).__limber.hasVoices(speechSynthesis, 20_000)),
        ).toBe(true);
        // In npm test, the hidden-window test runs beside this one: the two measured spans start and end together (timed-rendezvous.ts).
        console.info(`[speech] waited ${await rendezvous('speech', 'start')} ms for the hidden-window test's start-up`);
        await startVoicedRun(page, FLOOR);
        const run = await waitForVoicedRun(page, FLOOR_MS + 60_000);
        await rendezvous('speech', 'end');
        const { lateMs, calledLateMs, voiceLagMs, overlapsMs, unstarted, worst } = judgeVoicedRun(run);
        console.info(
          `[speech] floor routine: ${run.log.length} lines in ${lateMs.length} moments; latest speak() ${Math.max(...calledLateMs).toFixed(0)} ms, latest sound ${Math.max(...lateMs).toFixed(0)} ms (the voice's own start-up: ${voiceLagMs.toFixed(0)} ms median), closest end ${Math.max(...overlapsMs).toFixed(0)} ms from the next moment`,
        );
        if (worst.length > 0) console.info(`[speech] moments to look at:\n  ${worst.join('\n  ')}`);
        expect(run.log.map((e) => e.text)).toEqual(run.planned.map((l) => l.text));
        // The kinds of moment named above are in the run: a lead-in of several lines, rep cues, getting up.
        expect(run.planned.filter((l) => l.at === run.planned[0]!.at).length).toBeGreaterThanOrEqual(5);
        expect(run.planned.filter((l) => l.text === 'Lift.').length).toBe(2);
        expect(run.planned.some((l) => l.text.startsWith('Switch legs.'))).toBe(true);
        expect(run.planned.some((l) => l.text.startsWith('Three, two, one'))).toBe(true);
        expect(run.planned.some((l) => l.text.startsWith('Next: '))).toBe(true);
        expect(run.planned.some((l) => l.text.startsWith('Before you get up'))).toBe(true);
        expect(unstarted).toEqual([]);
        // The player hands every line to the voice within the slack of its moment; the sound follows
        // within the slack plus the voice's own start-up (about 60 ms on a quiet machine, 200-300 ms
        // under load), which no scheduling in the page can remove.
        for (const late of calledLateMs) expect(late).toBeLessThan(SLACK_MS);
        expect(voiceLagMs).toBeLessThan(SLACK_MS);
        for (const late of lateMs) expect(late).toBeLessThan(SLACK_MS + voiceLagMs);
        for (const overlap of overlapsMs) expect(overlap).toBeLessThanOrEqual(0);
      },
      FLOOR_MS + 120_000 + 2 * RENDEZVOUS_WAIT_MS,
    );

    it('with voice cues off, the same cue stays silent', async () => {
      const page = await browser!.newPage();
      await page.setContent('<title>cue</title>');
      await page.addScriptTag({ content: await bundleCueCode() });
      const recording = recordSink(group, audio, 'muted');
      await page.evaluate(async () => {
        const { CuePlayer } = (window as unknown as CueWindow).__limber;
        const now = performance.now();
        new CuePlayer({ tones: () => false, voice: () => false }).play(
          [{ at: now, kind: 'speak', text: 'Switch legs.' }],
          now,
        );
        await new Promise((r) => setTimeout(r, 1_500));
      });
      expect(await recording.stop()).toBeLessThan(RMS_FLOOR);
    }, 30_000);
  },
);

describe.runIf(process.platform !== 'linux')('spoken cues in Chromium on Linux', () => {
  it('runs on Linux only', () => {
    console.warn(`[speech] NOT RUN: needs Linux (this is ${process.platform}).`);
  });
});
