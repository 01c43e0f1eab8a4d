// Every routine's words measured with a real voice: each line of every spoken moment of every
// routine of the catalogue, in each of the four languages, is synthesized by espeak-ng (the voice
// speech-dispatcher drives on Linux, and the one the real-time test in speech.test.ts hears) and its
// length read from the sound it makes. The words planned for a moment, said one after another by
// that voice, must end before the next moment's words or the end of its phase. The planning budget
// (exercises/common/plan.ts) is a words-per-second estimate; this checks the estimate against a
// real voice for the whole of every routine, the floor routines included, without the nine minutes
// of real time that playing Sciatica relief aloud would add to every CI run (speech.test.ts plays
// one floor exercise aloud for lateness and overlap).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { EXERCISES, ROUTINES } from '../../electron/exercises/common/routines';
import de from '../../electron/i18n/common/generated/de.js';
import en from '../../electron/i18n/common/generated/en.js';
import es from '../../electron/i18n/common/generated/es.js';
import fr from '../../electron/i18n/common/generated/fr.js';
import { activateCatalog } from '../../electron/i18n/common/translate';
import { spokenMoments, type SpokenMoment } from '../../electron/session/common/speech-budget';
import { requireBinaries } from './desktop-session';

const run = promisify(execFile);
const LOCALES = { en, de, es, fr } as const;
type Locale = keyof typeof LOCALES;

/**
 * Words a minute for espeak-ng: speech-dispatcher's espeak-ng module speaks at 170 at its rate 0
 * (EspeakNormalRate in /etc/speech-dispatcher/modules/espeak-ng.conf), which is what the page's
 * rate 1 asks for; Limber's slowest allowed rate is 0.9 (settings schema, voiceRate), and
 * 0.9 × 170 = 153. Measured at 150, a little slower still, so every allowed rate is covered.
 */
const SLOWEST_WPM = 150;
/**
 * What speech-dispatcher adds before each line reaches the sound server: its own start-up per
 * utterance. speech.test.ts measures it with the real pipeline (its printed "voice's own start-up",
 * 60–125 ms in CI runs); 200 ms is counted per line here.
 */
const START_UP_MS = 200;

const dir = mkdtempSync(join(tmpdir(), 'limber-speech-fit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => activateCatalog('en', en));

/** Milliseconds of sound in a 16-bit PCM WAV file, read from its header (espeak-ng writes one). */
export function wavMs(wav: Buffer): number {
  if (wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a WAV file');
  let offset = 12;
  let byteRate = 0;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    if (id === 'fmt ') byteRate = wav.readUInt32LE(offset + 16);
    // espeak-ng writes to a file it cannot seek back in when streaming, leaving the data size at
    // its maximum: the data then runs to the end of the file.
    if (id === 'data') return (Math.min(size, wav.length - offset - 8) / byteRate) * 1000;
    offset += 8 + size + (size % 2);
  }
  throw new Error('WAV file without data');
}

const cache = new Map<string, Promise<number>>();
let files = 0;
/** The line's length as espeak-ng says it in the locale's voice, at the slowest allowed rate. */
function spokenMs(locale: Locale, line: string): Promise<number> {
  const key = `${locale}\n${line}`;
  let ms = cache.get(key);
  if (!ms) {
    const file = join(dir, `${files++}.wav`);
    ms = run('espeak-ng', ['-v', locale, '-s', String(SLOWEST_WPM), '-w', file, '--', line]).then(() => wavMs(readFileSync(file)));
    cache.set(key, ms);
  }
  return ms;
}

interface Overrun {
  routine: string;
  atSec: number;
  needMs: number;
  haveMs: number;
  lines: string[];
}

/** The moments whose words, as the voice says them one after another, outlast the moment. */
let closestSpareMs = Infinity;
async function overrunsIn(locale: Locale, routine: string, moments: readonly SpokenMoment[]): Promise<Overrun[]> {
  const overruns: Overrun[] = [];
  for (const moment of moments) {
    const lengths = await Promise.all(moment.lines.map((line) => spokenMs(locale, line)));
    const needMs = Math.round(lengths.reduce((total, ms) => total + ms + START_UP_MS, 0));
    closestSpareMs = Math.min(closestSpareMs, moment.haveMs - needMs);
    if (needMs > moment.haveMs) overruns.push({ routine, atSec: moment.at / 1000, needMs, haveMs: moment.haveMs, lines: moment.lines });
  }
  return overruns;
}

const describeOverrun = (o: Overrun) => `${o.routine} at ${o.atSec} s: the voice needs ${o.needMs} ms, the moment has ${o.haveMs} ms: ${o.lines.join(' | ')}`;

describe.runIf(process.platform === 'linux')('every routine, said by a real voice, fits its time', () => {
  it('reads the length of a sound espeak-ng makes, and a longer line takes longer', async () => {
    requireBinaries({ 'espeak-ng': 'espeak-ng' }, 'The real-voice fit test');
    const short = await spokenMs('en', 'Rest.');
    const long = await spokenMs('en', 'Lie on your back with both knees bent and your feet flat on the floor.');
    expect(short).toBeGreaterThan(100);
    expect(long).toBeGreaterThan(short * 3);
    // About 15 words at 150 a minute: 6 s, give or take the voice's pauses.
    expect(long).toBeGreaterThan(4_000);
    expect(long).toBeLessThan(9_000);
  });

  it('the check catches words that outlast their moment', async () => {
    // The floor piriformis's steps given 5 s (they are read in a lead-in of about 45): an overrun.
    activateCatalog('en', en);
    const lines = EXERCISES.find((e) => e.id === 'piriformis-floor')!.steps;
    const moment: SpokenMoment = { at: 0, lines: [...lines], needMs: 0, haveMs: 5_000 };
    const [overrun] = await overrunsIn('en', 'made-up', [moment, { ...moment, at: 5_000, haveMs: 60_000 }]);
    expect(overrun?.atSec).toBe(0);
    expect(overrun!.needMs).toBeGreaterThan(20_000);
    expect(await overrunsIn('en', 'made-up', [{ ...moment, haveMs: 60_000 }])).toEqual([]);
  });

  for (const locale of Object.keys(LOCALES) as Locale[]) {
    it(`in ${locale}: every line of every routine, steps read in full and names only, ends before the next moment`, async () => {
      requireBinaries({ 'espeak-ng': 'espeak-ng' }, 'The real-voice fit test');
      const found: Overrun[] = [];
      let lines = 0;
      closestSpareMs = Infinity;
      for (const routine of ROUTINES) {
        for (const namesOnly of [undefined, new Set(EXERCISES.map((e) => e.id))]) {
          activateCatalog(locale, LOCALES[locale]);
          const moments = spokenMoments(routine, { namesOnly });
          expect(moments.length, routine.id).toBeGreaterThan(0);
          lines += moments.reduce((n, m) => n + m.lines.length, 0);
          found.push(...(await overrunsIn(locale, routine.id, moments)));
        }
      }
      console.info(`[speech-fit] ${locale}: ${lines} lines in ${ROUTINES.length} routines said by espeak-ng at ${SLOWEST_WPM} words a minute; ${found.length} overruns; the closest moment ends ${closestSpareMs} ms after its words`);
      expect(found.map(describeOverrun)).toEqual([]);
    }, 120_000);
  }
});
