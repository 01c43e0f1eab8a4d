import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HistoryRecord } from '../electron/history/common/records';
import { HISTORY_FILE, openHistory, type History } from '../electron/history/node/history-store';
import { createHistoryHandlers } from '../electron/history/node/history-handlers';
import { openSettings } from '../electron/settings/node/settings-store';
import { confBackend } from '../tests/support/conf-backend';
import { atMost, informative, type Figures } from './figure';
import { median } from './stats';

const SUMMARY_GOAL_MS_100K = 10;

const now = new Date('2026-11-24T15:00:00Z');

/** A realistic mix over the last five years: sessions, reminders, pain ratings, walks. */
function record(i: number, count: number): HistoryRecord {
  const at = new Date(now.getTime() - Math.floor(((count - i) / count) * 5 * 365 * 86_400_000)).toISOString();
  const base = { id: randomUUID(), v: 1 as const, at };
  switch (i % 4) {
    case 0:
      return { ...base, kind: 'session', routineId: 'quick-desk-stretch', routineName: 'Quick desk stretch', startedAt: at, endedAt: at, completed: true, endReason: 'finished', steps: [{ exerciseId: 'hamstring-seated', sidesDone: 2, secondsHeld: 60 }] };
    case 1:
      return { ...base, kind: 'reminder', tier: 'posture', action: 'taken' };
    case 2:
      return { ...base, kind: 'pain', rating: i % 11, when: 'after' };
    default:
      return { ...base, kind: 'walk', minutes: 10 + (i % 30) };
  }
}

async function historyOf(count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'limber-bench-history-'));
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`${JSON.stringify(record(i, count))}\n`);
  await writeFile(join(dir, HISTORY_FILE), lines.join(''));
  return dir;
}

/** Median time of the history:summary handler (3-month range, the widest) over 21 calls. */
async function summaryMs(dir: string, history: History): Promise<number> {
  const handlers = createHistoryHandlers({ history, settings: await openSettings(dir, confBackend, now), now: () => now });
  for (let i = 0; i < 5; i++) await handlers['history:summary']('3-months'); // warm up
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    await handlers['history:summary']('3-months');
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * history_summary_ms_1k / _100k: the summary the history screen asks for, at 1,000 and 100,000
 * records (five years of use); with per-day aggregates the two should be about equal.
 * history_heap_mb_100k: heap still held after opening 100,000 records (after a real collection).
 */
export async function benchHistory(): Promise<Figures> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const small = await historyOf(1_000);
  const large = await historyOf(100_000);

  const smallHistory = await openHistory(small, () => now);
  const summary1k = await summaryMs(small, smallHistory);

  gc?.();
  const before = process.memoryUsage().heapUsed;
  const largeHistory = await openHistory(large, () => now);
  gc?.();
  const after = process.memoryUsage().heapUsed;
  const summary100k = await summaryMs(large, largeHistory);

  return {
    history_summary_ms_1k: informative(summary1k, 'ms'),
    history_summary_ms_100k: atMost(summary100k, SUMMARY_GOAL_MS_100K, 'ms'),
    history_heap_mb_100k: informative((after - before) / 1024 / 1024, 'MB'),
    history_records_opened: informative(largeHistory.aggregates.totals.records, 'records'),
  };
}
