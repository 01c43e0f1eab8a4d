import fc from 'fast-check';
import { appendFile, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../../../electron/history/common/records';
import { HISTORY_FILE, openHistory } from '../../../../electron/history/node/history-store';
import { fixedNow as now, historyDir, readAll } from './helpers';

const pain = (rating: number) => ({ kind: 'pain' as const, rating, when: 'after' as const });
const walk = (minutes: number) => ({ kind: 'walk' as const, minutes });
const line = (r: HistoryRecord) => `${JSON.stringify(r)}\n`;

/** A file holding `records`, as the store would have written them. */
async function fileWith(count: number) {
  const dir = await historyDir();
  const h = await openHistory(dir, now);
  const records = await h.appendMany(Array.from({ length: count }, (_, i) => (i % 2 ? pain(i % 11) : walk(1 + i))));
  return { dir, file: join(dir, HISTORY_FILE), records };
}

describe('history tail repair', () => {
  it('a last record without its newline is completed, not glued to the next append', async () => {
    const { dir, file, records } = await fileWith(2);
    await truncate(file, (await stat(file)).size - 1); // an editor stripped the final newline
    const h = await openHistory(dir, now);
    expect(h.recovery).toBeNull();
    const added = await h.append(pain(1));
    const again = await openHistory(dir, now);
    expect(again.recovery).toBeNull();
    expect(await readAll(again)).toEqual([...records, added]);
  });

  it('a sole record without its newline is kept, not moved aside with the whole file', async () => {
    const { dir, file, records } = await fileWith(1);
    await writeFile(file, JSON.stringify(records[0]));
    const h = await openHistory(dir, now);
    await h.append(walk(5));
    const again = await openHistory(dir, now);
    expect(again.recovery).toBeNull();
    expect((await readAll(again)).map((r) => r.id)[0]).toBe(records[0]!.id);
    expect((await readdir(dir)).filter((f) => f.startsWith('history.corrupt-'))).toEqual([]);
  });

  it('a line cut mid-write is copied to a torn-<time> file and cut off; the rest stays', async () => {
    const { dir, file, records } = await fileWith(3);
    const whole = await readFile(file, 'utf8');
    const cutAt = whole.length - 20;
    await truncate(file, cutAt);
    const h = await openHistory(dir, now);
    expect(h.recovery).toMatchObject({ kind: 'torn-tail', kept: 2, dropped: 1 });
    const fragment = whole.slice(whole.lastIndexOf('\n', cutAt - 1) + 1, cutAt);
    expect(h.recovery!.keptAt).toMatch(/history\.torn-2026-11-24T10-00-00-000Z\.jsonl$/);
    expect(await readFile(h.recovery!.keptAt!, 'utf8')).toBe(fragment);
    expect(await readFile(file, 'utf8')).toBe(records.slice(0, 2).map(line).join(''));
  });

  it('a file that is only a torn first line keeps the fragment and starts empty, nothing "unreadable"', async () => {
    const { dir, file } = await fileWith(1);
    await truncate(file, 30);
    const h = await openHistory(dir, now);
    expect(h.recovery?.kind).toBe('torn-tail');
    expect((await stat(file)).size).toBe(0);
    expect((await readFile(h.recovery!.keptAt!, 'utf8')).length).toBe(30);
  });

  it('a tail torn while running (e.g. another writer) is repaired before the next append', async () => {
    const { dir, file, records } = await fileWith(2);
    const h = await openHistory(dir, now);
    await appendFile(file, '{"id":"half a rec');
    const added = await h.append(pain(2));
    expect(await readAll(await openHistory(dir, now))).toEqual([...records, added]);
    expect((await readdir(dir)).some((f) => f.startsWith('history.torn-'))).toBe(true);
  });

  it('property: any truncation point, any appends after it, reopen: every complete record is there', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 4 }),
        fc.boolean(),
        async (count, where, later, reopenBetween) => {
          const { dir, file, records } = await fileWith(count);
          const whole = await readFile(file, 'utf8');
          const cutAt = Math.floor(where * whole.length);
          await truncate(file, cutAt);
          // Complete: the record's JSON is wholly before the cut (its newline may be gone).
          let end = 0;
          const complete = records.filter((r) => (end += line(r).length) - 1 <= cutAt);

          const h = await openHistory(dir, now);
          const added: HistoryRecord[] = [];
          for (const [i, rating] of later.entries()) {
            const target = reopenBetween && i % 2 ? await openHistory(dir, now) : h;
            added.push(await target.append(pain(rating)));
          }
          const again = await openHistory(dir, now);
          expect(await readAll(again)).toEqual([...complete, ...added]);
          expect(again.recovery).toBeNull();
          expect(again.aggregates.totals.records).toBe(complete.length + added.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
