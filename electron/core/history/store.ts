import { randomUUID } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keepAside, writeFileAtomic } from '../fs-safe';
import { HistoryRecordSchema, type HistoryRecord, type NewRecord } from './records';

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
  /** Add records that already have ids (an import); ids already present are skipped. */
  appendMany(records: HistoryRecord[]): Promise<number>;
  all(): readonly HistoryRecord[];
  has(id: string): boolean;
  /** Resolves once every write asked for so far has landed (or failed): quitting waits for it. */
  whenWritten(): Promise<void>;
}

function parseLine(line: string): HistoryRecord | null {
  try {
    const parsed = HistoryRecordSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * History lives in its own append-only JSON Lines file, apart from settings: a bad settings file
 * never costs history. Each append is one write of one whole line, fsynced, one at a time. On
 * open, a line torn by a crash is dropped; other bad lines are kept aside, never deleted.
 */
export async function openHistory(
  dir: string,
  now: () => Date = () => new Date(),
  /** Called after every successful write, so open screens can refresh. */
  onChange: () => void = () => {},
): Promise<History> {
  const path = join(dir, HISTORY_FILE);
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }

  const lines = text.split('\n');
  const endsClean = text === '' || text.endsWith('\n');
  if (lines.at(-1) === '') lines.pop();
  const records: HistoryRecord[] = [];
  const bad: string[] = [];
  let tornTail = false;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const record = parseLine(line);
    if (record) records.push(record);
    else if (i === lines.length - 1 && !endsClean) tornTail = true;
    else bad.push(line);
  });

  let recovery: HistoryRecovery | null = null;
  if (text.trim() !== '' && records.length === 0) {
    const keptAt = await keepAside(path, 'corrupt', now(), 'move');
    recovery = {
      kind: 'unreadable',
      keptAt,
      kept: 0,
      dropped: lines.length,
      message: `Your history file could not be read, so Limber started a new one. The old file was kept as ${keptAt}.`,
    };
  } else if (bad.length > 0) {
    const keptAt = await keepAside(path, 'rejected', now(), 'copy');
    recovery = {
      kind: 'rejected-lines',
      keptAt,
      kept: records.length,
      dropped: bad.length + (tornTail ? 1 : 0),
      message: `${bad.length} damaged history ${bad.length === 1 ? 'entry was' : 'entries were'} set aside (kept in ${keptAt}); the other ${records.length} are safe.`,
    };
  } else if (tornTail) {
    recovery = {
      kind: 'torn-tail',
      keptAt: null,
      kept: records.length,
      dropped: 1,
      message: 'The last history entry was cut off when Limber stopped unexpectedly; everything before it is safe.',
    };
  }
  // Rewrite without the damage, so the next append never lands on a torn line.
  if (recovery && recovery.kind !== 'unreadable') {
    await writeFileAtomic(path, records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : ''));
  }

  const ids = new Set(records.map((r) => r.id));
  let queue: Promise<unknown> = Promise.resolve();
  const write = (lines: string) => {
    const job = queue.then(async () => {
      const handle = await open(path, 'a');
      try {
        await handle.writeFile(lines, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
    queue = job.catch(() => {});
    return job;
  };

  return {
    recovery,
    async append(input) {
      const record = HistoryRecordSchema.parse({ ...input, id: randomUUID(), v: 1, at: input.at ?? now().toISOString() });
      await write(`${JSON.stringify(record)}\n`);
      records.push(record);
      ids.add(record.id);
      onChange();
      return record;
    },
    async appendMany(incoming) {
      const fresh = incoming.filter((r) => !ids.has(r.id)).map((r) => HistoryRecordSchema.parse(r));
      if (fresh.length === 0) return 0;
      await write(fresh.map((r) => JSON.stringify(r)).join('\n') + '\n');
      for (const r of fresh) {
        records.push(r);
        ids.add(r.id);
      }
      onChange();
      return fresh.length;
    },
    all: () => records,
    has: (id) => ids.has(id),
    whenWritten: () => queue.then(() => undefined),
  };
}
