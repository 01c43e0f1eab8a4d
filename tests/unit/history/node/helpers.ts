import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { History } from '../../../../electron/history/node/history-store';
import type { HistoryRecord } from '../../../../electron/history/common/records';

export const historyDir = () => mkdtemp(join(tmpdir(), 'limber-history-'));
export const fixedNow = () => new Date('2026-11-24T10:00:00Z');

/** Every stored record, read back from the file (Array.fromAsync is Node 22+). */
export async function readAll(history: History): Promise<HistoryRecord[]> {
  const out: HistoryRecord[] = [];
  for await (const r of history.records()) out.push(r);
  return out;
}
