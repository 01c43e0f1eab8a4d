import { randomUUID } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanStaleTemps, ensurePrivateDir, keepAside, PRIVATE_FILE_MODE, replaceAtomically, setAsideIfNotAFile } from '../../base/node/fs-safe';
import { mapInSlices } from '../../base/common/time-slices';
import { AggregateBuilder, localDayKey, type DayKey, type HistoryAggregates } from '../common/aggregates';
import { appendAllOrNothing, endsClean, isWholeJson, makePrivate, readLines, repairTail, writeAll, type TailRepair, type WriteAll } from './jsonl-file';
import { HistoryRecordSchema, type HistoryRecord, type NewRecord } from '../common/records';

export const HISTORY_FILE = 'history.jsonl';

export interface HistoryRecovery {
  kind: 'torn-tail' | 'rejected-lines' | 'unreadable';
  keptAt: string | null;
  kept: number;
  dropped: number;
  message: string;
}

export interface History {
  readonly recovery: HistoryRecovery | null;
  append(record: NewRecord): Promise<HistoryRecord>;
  /**
   * Several new records in ONE write, all or nothing: if it fails, none of them is in the file
   * (or in the figures), so "nothing was changed" is true. A session and the walk it logged go
   * in together this way.
   */
  appendMany(records: readonly NewRecord[]): Promise<HistoryRecord[]>;
  /**
   * Records from an import (they carry their own ids), in one all-or-nothing write. Ids already
   * stored, and repeats within `records`, are skipped; returns how many were added.
   */
  importRecords(records: readonly HistoryRecord[]): Promise<number>;
  /** Which of `ids` are already stored (reads the file; for import previews). */
  existingIds(ids: Iterable<string>): Promise<Set<string>>;
  /** Every stored record, oldest first, streamed from the file (exports). */
  records(): AsyncGenerator<HistoryRecord>;
  /** Per-day figures and all-time totals, kept current by every write (summaries). */
  readonly aggregates: HistoryAggregates;
  /** Resolves once every write asked for so far has landed (or failed): quitting waits for it. */
  whenWritten(): Promise<void>;
}

export interface HistoryOptions {
  /** The local day a record counts toward; tests pin the time zone with it. */
  dayKey?: DayKey;
  /** How appends reach the disk; tests make it fail halfway. */
  writeAll?: WriteAll;
}

function parseLine(line: string): HistoryRecord | null {
  try {
    const parsed = HistoryRecordSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Our writer puts the id first (`{"id":"<uuid>",…`); anything else is parsed. */
function idOf(line: string): string | null {
  if (line.startsWith('{"id":"') && line[43] === '"') return line.slice(7, 43);
  return parseLine(line)?.id ?? null;
}

// In slices (time-slices.ts): an import can add a hundred thousand records, and main answers IPC meanwhile.
const toLines = async (records: readonly HistoryRecord[]) => (await mapInSlices(records, (r) => `${JSON.stringify(r)}\n`)).join('');

/** Rewrite the file with only the lines `keep` accepts, streaming, atomically and 0600. */
async function rewriteKeeping(path: string, keep: (line: string) => boolean): Promise<void> {
  await replaceAtomically(path, async (tmp) => {
    const out = await open(tmp, 'wx', PRIVATE_FILE_MODE);
    try {
      let chunk = '';
      for await (const line of readLines(path)) {
        if (!keep(line)) continue;
        chunk += `${line}\n`;
        if (chunk.length >= 64 * 1024) {
          await out.write(chunk);
          chunk = '';
        }
      }
      await out.write(chunk);
      await out.sync();
    } finally {
      await out.close();
    }
  });
}

function describeRecovery(tail: TailRepair, good: number, bad: number, keptAt: string | null): HistoryRecovery | null {
  const torn = tail.kind === 'torn' ? 1 : 0;
  if (bad > 0 && good === 0) {
    return {
      kind: 'unreadable',
      keptAt,
      kept: 0,
      dropped: bad + torn,
      message: `Your history file could not be read, so Limber started a new one. The old file was kept as ${keptAt}.`,
    };
  }
  if (bad > 0) {
    return {
      kind: 'rejected-lines',
      keptAt,
      kept: good,
      dropped: bad + torn,
      message: `${bad} damaged history ${bad === 1 ? 'entry was' : 'entries were'} set aside (kept in ${keptAt}); the other ${good} are safe.`,
    };
  }
  if (tail.kind === 'torn') {
    return {
      kind: 'torn-tail',
      keptAt: tail.keptAt,
      kept: good,
      dropped: 1,
      message: `The last history entry was cut off when Limber stopped unexpectedly (the fragment was kept in ${tail.keptAt}); everything before it is safe.`,
    };
  }
  return null;
}

/**
 * History lives in its own append-only JSON Lines file, apart from settings: a bad settings file
 * never costs history. On open the file is read once, streaming, into per-day aggregates; records
 * are not kept in memory. A torn or newline-less last line is repaired before anything is
 * appended, and every damaged line is kept in a side file, never just dropped.
 */
export async function openHistory(
  dir: string,
  now: () => Date = () => new Date(),
  /** Called after every successful write, so open screens can refresh. */
  onChange: () => void = () => {},
  options: HistoryOptions = {},
): Promise<History> {
  const path = join(dir, HISTORY_FILE);
  const write = options.writeAll ?? writeAll;
  await ensurePrivateDir(dir);
  await cleanStaleTemps(dir, HISTORY_FILE, now());
  // A folder, pipe, device or link where the file should be: moved aside, kept, a new file begun.
  const aside = await setAsideIfNotAFile(path, now());
  await makePrivate(path);

  // One streaming pass decides what the file holds. A last line without its newline is a
  // record if it parses (repairTail will add the newline), else a torn write (not counted).
  const clean = await endsClean(path);
  let aggregates = new AggregateBuilder(options.dayKey ?? localDayKey);
  let good = 0;
  let bad = 0;
  let previous: string | null = null;
  const count = (line: string) => {
    if (line.trim() === '') return;
    const record = parseLine(line);
    if (record) {
      aggregates.add(record);
      good++;
    } else bad++;
  };
  for await (const line of readLines(path)) {
    if (previous !== null) count(previous);
    previous = line;
  }
  if (previous !== null && (clean || isWholeJson(previous))) count(previous);

  let keptAt: string | null = null;
  let tail: TailRepair = { kind: 'clean' };
  if (bad > 0 && good === 0) {
    // Nothing in it is readable: keep the whole file, byte for byte, and start afresh.
    keptAt = await keepAside(path, 'corrupt', now(), 'move');
    aggregates = new AggregateBuilder(options.dayKey ?? localDayKey);
  } else {
    tail = await repairTail(path, now());
    if (bad > 0) {
      keptAt = await keepAside(path, 'rejected', now(), 'copy');
      // Rewrite without the damage, so the good records stay readable line by line.
      await rewriteKeeping(path, (line) => parseLine(line) !== null);
    }
  }
  const recovery: HistoryRecovery | null = aside
    ? {
        kind: 'unreadable',
        keptAt: aside.keptAt,
        kept: 0,
        dropped: 0,
        message: `Your history file was ${aside.what}, not a file, so Limber began a new one. The old one was moved aside, untouched, as ${aside.keptAt}.`,
      }
    : describeRecovery(tail, good, bad, keptAt);

  // Writes go one at a time, each after the previous one settled (whether it failed or not).
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job);
    queue = run.catch(() => {});
    return run;
  };
  const commit = async (records: readonly HistoryRecord[]) => {
    // Even a line torn while we were running (a failed write whose cut-back failed) is set aside first.
    await repairTail(path, now());
    await appendAllOrNothing(path, await toLines(records), write);
    await mapInSlices(records, (r) => aggregates.add(r));
  };
  const findIds = async (wanted: ReadonlySet<string>) => {
    const found = new Set<string>();
    if (wanted.size === 0) return found;
    for await (const line of readLines(path)) {
      const id = idOf(line);
      if (id !== null && wanted.has(id)) found.add(id);
    }
    return found;
  };

  const history: History = {
    recovery,
    get aggregates() {
      return aggregates;
    },
    async append(input) {
      const [record] = await history.appendMany([input]);
      return record!;
    },
    async appendMany(inputs) {
      // Validate everything before writing anything.
      const records = inputs.map((input) => HistoryRecordSchema.parse({ ...input, id: randomUUID(), v: 1, at: input.at ?? now().toISOString() }));
      if (records.length === 0) return [];
      await serialised(() => commit(records));
      onChange();
      return records;
    },
    async importRecords(incoming) {
      const records = await mapInSlices(incoming, (r) => HistoryRecordSchema.parse(r));
      const added = await serialised(async () => {
        const present = await findIds(new Set(records.map((r) => r.id)));
        const fresh = new Map<string, HistoryRecord>();
        for (const r of records) if (!present.has(r.id) && !fresh.has(r.id)) fresh.set(r.id, r);
        if (fresh.size > 0) await commit([...fresh.values()]);
        return fresh.size;
      });
      if (added > 0) onChange();
      return added;
    },
    existingIds: (ids) => serialised(() => findIds(new Set(ids))),
    whenWritten: () => queue.then(() => undefined),
    async *records() {
      await queue;
      for await (const line of readLines(path)) {
        const record = parseLine(line);
        if (record) yield record;
      }
    },
  };
  return history;
}
