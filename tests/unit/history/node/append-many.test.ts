import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WriteAll } from '../../../../electron/history/node/jsonl-file';
import { HISTORY_FILE, openHistory } from '../../../../electron/history/node/history-store';
import { fixedNow as now, historyDir, readAll } from './helpers';

const walk = { kind: 'walk' as const, minutes: 20 };
const session = {
  kind: 'session' as const,
  routineId: 'walk-break',
  routineName: 'Walk break',
  startedAt: '2026-11-24T09:00:00.000Z',
  endedAt: '2026-11-24T09:05:00.000Z',
  completed: true,
  endReason: 'finished' as const,
  steps: [{ exerciseId: 'walk', sidesDone: 1 as const, secondsHeld: 300 }],
};

/** A disk that fills up halfway through the write. */
const failHalfway: WriteAll = async (handle, text) => {
  await handle.write(text.slice(0, Math.floor(text.length / 2)));
  throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
};

describe('history appendMany', () => {
  it('writes a session and its walk together, in order, in one go', async () => {
    const dir = await historyDir();
    let changes = 0;
    const h = await openHistory(dir, now, () => changes++);
    const [s, w] = await h.appendMany([session, walk]);
    expect([s!.kind, w!.kind]).toEqual(['session', 'walk']);
    expect(changes).toBe(1);
    expect(await readAll(await openHistory(dir, now))).toEqual([s, w]);
  });

  it('all or nothing: a write failing halfway leaves the file exactly as it was', async () => {
    const dir = await historyDir();
    let failing = false;
    const h = await openHistory(dir, now, () => {}, { writeAll: (handle, text) => (failing ? failHalfway(handle, text) : handle.writeFile(text)) });
    const first = await h.append(walk);
    const before = await readFile(join(dir, HISTORY_FILE), 'utf8');
    failing = true;
    await expect(h.appendMany([session, walk])).rejects.toThrow(/ENOSPC/);
    expect(await readFile(join(dir, HISTORY_FILE), 'utf8')).toBe(before);
    expect(h.aggregates.totals).toMatchObject({ records: 1, sessions: 0, walks: 1 });

    failing = false;
    const later = await h.append(walk);
    const again = await openHistory(dir, now);
    expect(again.recovery).toBeNull();
    expect(await readAll(again)).toEqual([first, later]);
  });

  it('validates every record before writing any', async () => {
    const dir = await historyDir();
    const h = await openHistory(dir, now);
    await expect(h.appendMany([walk, { kind: 'pain', rating: 11, when: 'after' }])).rejects.toThrow();
    expect(await readAll(h)).toEqual([]);
    expect(h.aggregates.totals.records).toBe(0);
  });
});

describe('history importRecords', () => {
  it('skips ids already stored and ids repeated in the batch, in one write', async () => {
    const dir = await historyDir();
    const h = await openHistory(dir, now);
    const [a, b] = await h.appendMany([walk, walk]);
    const c = { ...a!, id: '00000000-0000-4000-8000-00000000000c' };
    expect(await h.importRecords([a!, c, c, b!])).toBe(1);
    expect((await readAll(h)).map((r) => r.id)).toEqual([a!.id, b!.id, c.id]);
    expect(await h.existingIds([a!.id, c.id, '00000000-0000-4000-8000-0000000000ff'])).toEqual(new Set([a!.id, c.id]));
  });

  it('a failed import adds nothing', async () => {
    const dir = await historyDir();
    const h = await openHistory(dir, now, () => {}, { writeAll: failHalfway });
    const record = { id: '00000000-0000-4000-8000-00000000000a', v: 1 as const, at: '2026-11-24T09:00:00.000Z', ...walk };
    await expect(h.importRecords([record, { ...record, id: '00000000-0000-4000-8000-00000000000b' }])).rejects.toThrow();
    expect(await readFile(join(dir, HISTORY_FILE), 'utf8')).toBe('');
  });
});
