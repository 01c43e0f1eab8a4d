import { t } from '../../i18n/common/translate';
import type { MessageKey } from '../../i18n/common/generated/keys';

/**
 * What the operating system, the X server or another program said when something failed is in
 * English (or the system's own language, whichever that is), and in its own terms: "connect
 * ECONNREFUSED /tmp/.X11-unix/X0", "Connection failure: Connection refused". A sentence a person
 * reads takes the failure's kind in their language instead (`failureWords`), and the raw words go
 * to the diagnostics log (`setFailureLog`), where a bug report can still quote them exactly.
 */

export type FailureKind =
  | 'notFound'
  | 'noPermission'
  | 'diskFull'
  | 'readOnly'
  | 'busy'
  | 'refused'
  | 'timedOut'
  | 'unreachable'
  | 'connectionLost'
  | 'tooManyFiles'
  /** Another program or the X server refused in words of its own: they are in the log. */
  | 'ownWords'
  | 'other';

const BY_CODE: Record<string, FailureKind> = {
  ENOENT: 'notFound',
  ENOTDIR: 'notFound',
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EROFS: 'readOnly',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  ECONNREFUSED: 'refused',
  ETIMEDOUT: 'timedOut',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  ENOTFOUND: 'unreachable',
  EAI_AGAIN: 'unreachable',
  EADDRNOTAVAIL: 'unreachable',
  ECONNRESET: 'connectionLost',
  ECONNABORTED: 'connectionLost',
  EPIPE: 'connectionLost',
  EMFILE: 'tooManyFiles',
  ENFILE: 'tooManyFiles',
};

const KEYS: Record<FailureKind, MessageKey> = {
  notFound: 'errors.os.notFound',
  noPermission: 'errors.os.noPermission',
  diskFull: 'errors.os.diskFull',
  readOnly: 'errors.os.readOnly',
  busy: 'errors.os.busy',
  refused: 'errors.os.refused',
  timedOut: 'errors.os.timedOut',
  unreachable: 'errors.os.unreachable',
  connectionLost: 'errors.os.connectionLost',
  tooManyFiles: 'errors.os.tooManyFiles',
  ownWords: 'errors.os.ownWords',
  other: 'errors.os.other',
};

/** The kind of a failure: Node's error code, a timeout's name; anything else is `other`. */
export function failureKind(error: unknown): FailureKind {
  if (typeof error !== 'object' || error === null) return 'other';
  const { code, name } = error as { code?: unknown; name?: unknown };
  if (typeof code === 'string' && code in BY_CODE) return BY_CODE[code]!;
  if (name === 'TimeoutError') return 'timedOut';
  return 'other';
}

type FailureLog = (message: string) => void;
let failureLog: FailureLog = () => {};
/** Raw details already written, so a failure that repeats every reading is logged once. */
const logged = new Set<string>();
const LOGGED_KEPT = 200;
const DETAIL_MAX = 500;

/** Where raw failure details go: main's diagnostics log (set once at start-up; tests capture it). */
export function setFailureLog(log: FailureLog): void {
  failureLog = log;
  logged.clear();
}

function rawText(error: unknown): string {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  const text = error instanceof Error ? `${typeof code === 'string' ? code : error.name}: ${error.message}` : String(error);
  return text.length > DETAIL_MAX ? `${text.slice(0, DETAIL_MAX)}…` : text;
}

/**
 * The failure in the person's words (a phrase that fits a sentence's `{detail}`), its raw text
 * logged with `context` (what was being done). `kind` overrides the guess from the error's code:
 * `ownWords` for a program's or server's own complaint.
 */
export function failureWords(context: string, error: unknown, kind: FailureKind = failureKind(error)): string {
  const line = `${context}: ${rawText(error)}`;
  if (!logged.has(line)) {
    if (logged.size >= LOGGED_KEPT) logged.clear();
    logged.add(line);
    try {
      failureLog(line);
    } catch {
      // A broken log must not turn a reported failure into a crash.
    }
  }
  return t(KEYS[kind]);
}

/**
 * An error whose message is already a sentence in the person's words (its raw cause logged), so a
 * catch further up shows it as it is instead of wording it again.
 */
export class WordedError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'WordedError';
  }
}

/** A caught error's words for a person: a WordedError's own, else its kind's (raw text logged). */
export function wordsOf(context: string, error: unknown): string {
  return error instanceof WordedError ? error.message : failureWords(context, error);
}
