import { afterEach, describe, expect, it } from 'vitest';
import { failureKind, failureWords, setFailureLog, WordedError, wordsOf, type FailureKind } from '../../../../electron/base/common/os-failure';
import { createRouter, type Handlers } from '../../../../electron/ipc/node/router';
import { activateMainCatalogue } from '../../../support/main-catalogue';

// What the system or the X server said is English in its own terms: a sentence a person reads
// gets the failure's kind in their language, the raw words go to the diagnostics log only.

const errno = (code: string, message = `connect ${code} /tmp/.X11-unix/X0`) => Object.assign(new Error(message), { code });
const KINDS: [unknown, FailureKind][] = [
  [errno('ENOENT'), 'notFound'],
  [errno('EACCES'), 'noPermission'],
  [errno('EPERM'), 'noPermission'],
  [errno('ENOSPC'), 'diskFull'],
  [errno('EROFS'), 'readOnly'],
  [errno('EBUSY'), 'busy'],
  [errno('ECONNREFUSED'), 'refused'],
  [errno('ETIMEDOUT'), 'timedOut'],
  [Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }), 'timedOut'],
  [errno('EHOSTUNREACH'), 'unreachable'],
  [errno('ECONNRESET'), 'connectionLost'],
  [errno('EPIPE'), 'connectionLost'],
  [errno('EMFILE'), 'tooManyFiles'],
  [new Error('something odd'), 'other'],
  ['a string', 'other'],
  [null, 'other'],
];
const LANGUAGES = ['en', 'de', 'es', 'fr'] as const;

afterEach(() => {
  setFailureLog(() => {});
  activateMainCatalogue('en');
});

describe('OS and X11 failures in the person’s words', () => {
  it.each(KINDS)('%s is %s', (error, kind) => expect(failureKind(error)).toBe(kind));

  it.each(LANGUAGES)('%s: every kind has its own phrase, never the raw words, which go to the log once', (locale) => {
    const log: string[] = [];
    setFailureLog((line) => log.push(line));
    activateMainCatalogue(locale);
    const kinds = [...new Set(KINDS.map(([, k]) => k)), 'ownWords' as const];
    const phrases = kinds.map((kind) => failureWords('X display :0', errno('ECONNREFUSED'), kind));
    expect(new Set(phrases).size).toBe(kinds.length);
    for (const p of phrases) {
      expect(p).not.toMatch(/ECONNREFUSED|connect ECONN|X11-unix|^errors\./);
      expect(p.length).toBeGreaterThan(5);
    }
    expect(log).toEqual(['X display :0: ECONNREFUSED: connect ECONNREFUSED /tmp/.X11-unix/X0']);
    activateMainCatalogue('en');
    const english = kinds.map((kind) => failureWords('x', 'y', kind));
    if (locale !== 'en') phrases.forEach((p, i) => expect(p).not.toBe(english[i]));
  });

  it('keeps a sentence already in the person’s words, and words anything else by its kind', () => {
    activateMainCatalogue('de');
    expect(wordsOf('x', new WordedError('Schon gesagt.'))).toBe('Schon gesagt.');
    expect(wordsOf('x', errno('ENOSPC'))).toBe('der Datenträger ist voll');
  });

  it('a log that throws does not turn a failure into a crash', () => {
    setFailureLog(() => {
      throw new Error('disk gone');
    });
    expect(failureWords('x', errno('EROFS'))).toBe('the disk can only be read, not written');
  });
});

describe("main's answers to a page, in its language", () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s: unknown operation, malformed call and a handler that failed', async (locale) => {
    const dispatch = createRouter({} as Handlers);
    const answers = async () => [
      await dispatch('no-such-channel', []),
      await dispatch('settings:get', 'not a list'),
    ];
    const english = await answers();
    activateMainCatalogue(locale);
    const words = await answers();
    words.forEach((w, i) => {
      expect(w.ok).toBe(false);
      expect(w.ok ? '' : w.error.message).not.toBe(english[i]!.ok ? '' : english[i]!.error.message);
    });
  });
});
