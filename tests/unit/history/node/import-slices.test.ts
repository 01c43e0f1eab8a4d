// Applying a large import (issue 26): every record is validated, written and counted, in slices, so
// main answers IPC between them instead of holding its thread for the whole file.
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../../../electron/history/node/history-store';
import type { HistoryRecord } from '../../../../electron/history/common/records';
import { fixedNow, historyDir } from './helpers';

describe('importRecords of a large import', () => {
  it('writes 100,000 records with turns of the event loop between slices, and counts every one', async () => {
    const history = await openHistory(await historyDir(), fixedNow);
    let turns = 0;
    // The turn of the event loop in which validation reached each record (its getter is read once,
    // by the check; later steps use the checked copy).
    const seenAt: number[] = [];
    const records = Array.from({ length: 100_000 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      v: 1,
      at: new Date(Date.UTC(2026, 10, 24) - (i % 300) * 86_400_000).toISOString(),
      kind: 'pain',
      get rating() {
        seenAt[i] ??= turns;
        return 3;
      },
      when: 'after',
    })) as HistoryRecord[];
    let counting = true;
    const count = () => {
      if (!counting) return;
      turns++;
      setImmediate(count);
    };
    setImmediate(count);
    expect(await history.importRecords(records)).toBe(100_000);
    counting = false;
    expect(history.aggregates.days.size).toBe(300);
    // Validating all in one loop checked the last record in the same turn as the first.
    expect(seenAt[99_999]! - seenAt[0]!).toBeGreaterThan(10);
  });
});
