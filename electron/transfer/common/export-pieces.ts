import { sliceClock } from '../../base/common/time-slices';

// A Limber export is one JSON object whose `history` array may hold a hundred thousand records
// (20 MB). JSON.parse of all of it at once holds main's thread for 100-140 ms (measured on the
// project's CI machine), so main would miss the issue-26 goal of answering IPC within 100 ms while
// it checks an import. This splits the text into its pieces instead (each top-level value, each
// history record) with a scan that yields between slices; each piece is then checked by JSON.parse
// itself, so what is accepted is exactly JSON. A piece may be at most MAX_PIECE_CHARS long, which
// also bounds the work between two yields.

/** The longest value an export holds in one piece (a record, the settings): a 30-step session is about 2 KB. */
export const MAX_PIECE_CHARS = 64 * 1024;
/** The most history records one import may hold. */
export const MAX_IMPORT_RECORDS = 500_000;
/** Keys Limber never writes and a parser must never copy: they would reach Object.prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type PiecesProblem = 'not-json' | 'not-export' | 'forbidden-key' | 'piece-too-large' | 'too-many-records';

/**
 * Top-level arrays split into their items, each item its own piece: the history, and the person's
 * own exercises, routines and pictures (transfer.ts). A picture is one piece of up to its own bound.
 */
export interface ListBounds {
  maxChars: number;
  maxItems: number;
}
export const HISTORY_LIST: Readonly<Record<string, ListBounds>> = { history: { maxChars: MAX_PIECE_CHARS, maxItems: MAX_IMPORT_RECORDS } };

export type ExportPieces =
  | {
      ok: true;
      top: Record<string, unknown>;
      history: string[] | undefined;
      /** Every split list present, history included, by key; and how many characters its items took. */
      lists: Record<string, string[]>;
      listChars: Record<string, number>;
    }
  | { ok: false; problem: PiecesProblem };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isStructural = (c: number) => c === 0x2c || c === 0x5d || c === 0x7d || isSpace(c); // , ] }

class Refused extends Error {
  constructor(readonly problem: PiecesProblem) {
    super(problem);
  }
}

/** A read position in `text`; every method stops at `text.length` or the piece limit. */
class Scanner {
  i = 0;
  constructor(readonly text: string) {}

  code(): number {
    return this.i < this.text.length ? this.text.charCodeAt(this.i) : -1;
  }

  spaces(): void {
    while (this.i < this.text.length && isSpace(this.text.charCodeAt(this.i))) this.i++;
  }

  expect(char: string): void {
    if (this.text[this.i] !== char) throw new Refused('not-json');
    this.i++;
  }

  /** The end of the value that starts here (a string, number, literal, object or array), unparsed. */
  skipValue(maxChars = MAX_PIECE_CHARS): number {
    const { text } = this;
    const start = this.i;
    const limit = Math.min(text.length, start + maxChars);
    let depth = 0;
    let j = start;
    const first = text.charCodeAt(j);
    if (first !== 0x7b && first !== 0x5b && first !== QUOTE) {
      while (j < limit && !isStructural(text.charCodeAt(j))) j++;
      if (j === start) throw new Refused('not-json');
      return this.ended(j, limit);
    }
    for (; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === QUOTE) {
        for (j++; j < limit && text.charCodeAt(j) !== QUOTE; j++) if (text.charCodeAt(j) === BACKSLASH) j++;
        if (j >= limit) break;
        if (depth === 0) return (this.i = j + 1);
      } else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth === 0) return (this.i = j + 1);
      }
    }
    throw new Refused(limit < text.length ? 'piece-too-large' : 'not-json');
  }

  private ended(j: number, limit: number): number {
    if (j === limit && limit < this.text.length) throw new Refused('piece-too-large');
    return (this.i = j);
  }

  /** The next value, parsed by JSON.parse (small: at most MAX_PIECE_CHARS). */
  value(): unknown {
    const start = this.i;
    return parsePiece(this.text.slice(start, this.skipValue()));
  }
}

function parsePiece(piece: string): unknown {
  try {
    return JSON.parse(piece) as unknown;
  } catch {
    throw new Refused('not-json');
  }
}

/**
 * Split an export into its top-level values (parsed) and its history records (each still text),
 * yielding to the event loop between slices. Refuses what is not a JSON object, a top-level key
 * that is forbidden, a piece over its bound (MAX_PIECE_CHARS) and a list longer than its bound
 * (MAX_IMPORT_RECORDS records).
 */
export async function splitExport(text: string, splitLists: Readonly<Record<string, ListBounds>> = HISTORY_LIST): Promise<ExportPieces> {
  const scan = new Scanner(text);
  const clock = sliceClock();
  try {
    scan.spaces();
    if (scan.code() !== 0x7b) {
      // Not an object: small text says whether it is JSON at all; a large one is not an export either way.
      if (text.length <= MAX_PIECE_CHARS) parsePiece(text);
      return { ok: false, problem: 'not-export' };
    }
    scan.i++;
    // A null prototype: whatever the keys, nothing reaches Object.prototype.
    const top = Object.create(null) as Record<string, unknown>;
    const lists = Object.create(null) as Record<string, string[]>;
    scan.spaces();
    if (scan.code() === 0x7d) scan.i++;
    else
      for (;;) {
        scan.spaces();
        if (scan.code() !== QUOTE) throw new Refused('not-json');
        const key = scan.value() as string;
        if (FORBIDDEN_KEYS.has(key)) throw new Refused('forbidden-key');
        scan.spaces();
        scan.expect(':');
        scan.spaces();
        const bounds = Object.hasOwn(splitLists, key) ? splitLists[key] : undefined;
        // A key given twice counts as JSON.parse counts it: the last one.
        if (bounds && scan.code() === 0x5b) {
          lists[key] = await records(scan, clock, bounds);
          delete top[key];
        } else {
          top[key] = scan.value();
          delete lists[key];
        }
        scan.spaces();
        if (scan.code() === 0x2c) scan.i++;
        else {
          scan.expect('}');
          break;
        }
        await clock.pause();
      }
    scan.spaces();
    if (scan.i !== text.length) throw new Refused('not-json');
    const listChars = Object.fromEntries(Object.entries(lists).map(([key, items]) => [key, items.reduce((n, item) => n + item.length, 0)]));
    return { ok: true, top: { ...top }, history: lists['history'], lists: { ...lists }, listChars };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** The records of the history array the scanner stands at, each as its own text. */
async function records(scan: Scanner, clock: ReturnType<typeof sliceClock>, bounds: ListBounds): Promise<string[]> {
  const out: string[] = [];
  scan.expect('[');
  scan.spaces();
  if (scan.code() === 0x5d) {
    scan.i++;
    return out;
  }
  for (;;) {
    scan.spaces();
    const start = scan.i;
    out.push(scan.text.slice(start, scan.skipValue(bounds.maxChars)));
    if (out.length > bounds.maxItems) throw new Refused('too-many-records');
    scan.spaces();
    if (scan.code() === 0x5d) {
      scan.i++;
      return out;
    }
    scan.expect(',');
    if ((out.length & 15) === 0) await clock.pause();
  }
}
