import { activeLocale, t } from '../../i18n/common/translate';

/**
 * How long spoken words take, for planning: every moment of a session is given at least the time
 * its words need at this rate, so the voice never falls behind the timer. Conservative on purpose:
 * espeak-ng speaks about 2.8 words a second at the player's rate, most system voices 2.5–3; the
 * voice settings offer no rate slower than 0.9, so no allowed voice is slower than this.
 */
export const SPEECH_WORDS_PER_SEC = 2.2;
/**
 * The same budget in the other languages. Voices speak at a steady pace of sounds, not of words,
 * and the catalogue's words are longer in the other languages (letters per word in exercises.json:
 * English 4.2, German 5.1, French 4.9, Spanish 4.6), so fewer of them fit a second: 2.2 scaled by
 * that ratio and rounded down.
 */
const WORDS_PER_SEC_BY_LANGUAGE: Readonly<Record<string, number>> = { de: 1.8, fr: 1.9, es: 2.0 };
/** The planning rate for the active language (the pseudo-locale plans as English). */
export const speechWordsPerSec = (): number => WORDS_PER_SEC_BY_LANGUAGE[activeLocale()] ?? SPEECH_WORDS_PER_SEC;
/** What a synthesizer adds to each line: starting up, and the pause at its end. */
export const SPEECH_LINE_GAP_SEC = 0.3;

/** Words as a voice says them: anything with a letter or digit in it. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Seconds the lines take said one after another at the planning rate. */
export function speechSec(lines: readonly string[]): number {
  const rate = speechWordsPerSec();
  return lines.reduce((total, line) => total + wordCount(line) / rate + SPEECH_LINE_GAP_SEC, 0);
}

/** The first line of a lead-in: the routine's first exercise is announced, the others named as next. */
export const leadInIntro = (name: string, first: boolean): string => t(first ? 'exercises.say.first' : 'exercises.say.next', { name });

/** Quiet seconds after a lead-in's words before the hold begins: a breath to settle. */
export const LEAD_IN_SETTLE_SEC = 3;
