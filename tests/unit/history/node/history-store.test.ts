import fc from 'fast-check';
import { readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../../../electron/history/node/history-store';
import { openSettings } from '../../../../electron/settings/node/settings-store';
import { confBackend } from '../../../support/conf-backend';
import { fixedNow as now, historyDir as dir, readAll } from './helpers';
const walk = { kind: 'walk' as const, minutes: 20 };
const pain = (rating: number) => ({ kind: 'pain' as const, rating, when: 'after' as const });

describe('history store', () => {
  it('appends and reads back across a reopen', async () => {
    const d = await dir();
    const h = await openHistory(d, now);
    await h.append(walk);
    await h.append(pain(3));
    const again = await openHistory(d, now);
    expect((await readAll(again)).map((r) => r.kind)).toEqual(['walk', 'pain']);
    expect(again.recovery).toBeNull();
  });

  it('serialises concurrent appends: every line whole', async () => {
    const d = await dir();
    const h = await openHistory(d, now);
    await Promise.all(Array.from({ length: 50 }, (_, i) => h.append(pain(i % 11))));
    const lines = (await readFile(join(d, 'history.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(50);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
  });

  it('survives a crash mid-write: the torn last line is kept aside, the rest kept, appends work', async () => {
    const d = await dir();
    const h = await openHistory(d, now);
    await h.append(walk);
    const cut = await h.append(pain(4));
    const file = join(d, 'history.jsonl');
    await truncate(file, (await stat(file)).size - 15);
    const again = await openHistory(d, now);
    expect(await readAll(again)).toHaveLength(1);
    expect(again.recovery).toMatchObject({ kind: 'torn-tail', kept: 1, dropped: 1 });
    expect(await readFile(again.recovery!.keptAt!, 'utf8')).toBe(JSON.stringify(cut).slice(0, -14));
    await again.append(pain(2));
    expect(await readAll(await openHistory(d, now))).toHaveLength(2);
  });

  it.each([
    ['garbage', 'this is not json\n\u0000\u0001 at all'],
    ['a wrong-type file', '{"kind":"walk","minutes":"many"}\n[1,2,3]\n'],
  ])('keeps %s aside byte for byte and starts fresh', async (_name, content) => {
    const d = await dir();
    await writeFile(join(d, 'history.jsonl'), content);
    const h = await openHistory(d, now);
    expect(h.recovery?.kind).toBe('unreadable');
    const kept = (await readdir(d)).find((f) => f.startsWith('history.corrupt-'));
    expect(await readFile(join(d, kept!), 'utf8')).toBe(content);
    expect(await readAll(h)).toEqual([]);
  });

  it('an empty file is simply empty history', async () => {
    const d = await dir();
    await writeFile(join(d, 'history.jsonl'), '');
    expect((await openHistory(d, now)).recovery).toBeNull();
  });

  it('out-of-range lines (pain 11, negative minutes) are set aside; valid ones kept', async () => {
    const d = await dir();
    const h = await openHistory(d, now);
    const good = await h.append(pain(5));
    const bad1 = JSON.stringify({ ...good, id: '6f9619ff-8b86-4d11-b42d-00c04fc964ff', rating: 11 });
    const bad2 = JSON.stringify({ id: '7f9619ff-8b86-4d11-b42d-00c04fc964ff', v: 1, at: good.at, kind: 'walk', minutes: -5 });
    const original = `${bad1}\n${JSON.stringify(good)}\n${bad2}\n`;
    await writeFile(join(d, 'history.jsonl'), original);
    const again = await openHistory(d, now);
    expect((await readAll(again)).map((r) => r.id)).toEqual([good.id]);
    expect(again.recovery).toMatchObject({ kind: 'rejected-lines', kept: 1, dropped: 2 });
    const kept = (await readdir(d)).find((f) => f.startsWith('history.rejected-'));
    expect(await readFile(join(d, kept!), 'utf8')).toBe(original);
  });

  it('rejects an invalid record instead of writing it', async () => {
    const h = await openHistory(await dir(), now);
    await expect(h.append(pain(11))).rejects.toThrow();
    expect(await readAll(h)).toEqual([]);
  });

  it('a corrupt settings file never costs history', async () => {
    const d = await dir();
    const h = await openHistory(d, now);
    await h.append(walk);
    await writeFile(join(d, 'settings.json'), '{{{ not json');
    const settings = await openSettings(d, confBackend, now());
    expect(settings.recovery?.kind).toBe('unreadable');
    expect(await readAll(await openHistory(d, now))).toHaveLength(1);
  });

  it('random garbage never makes opening throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const d = await dir();
        await writeFile(join(d, 'history.jsonl'), bytes);
        const h = await openHistory(d, now);
        expect(Array.isArray(await readAll(h))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('random valid records round-trip', async () => {
    const record = fc.oneof(
      fc.record({ kind: fc.constant('pain' as const), rating: fc.integer({ min: 0, max: 10 }), when: fc.constantFrom('before' as const, 'after' as const) }),
      fc.record({ kind: fc.constant('walk' as const), minutes: fc.integer({ min: 1, max: 600 }) }),
      fc.record({ kind: fc.constant('reminder' as const), tier: fc.constantFrom('posture' as const, 'stretch' as const), action: fc.constantFrom('taken' as const, 'snoozed' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 20 }), async (records) => {
        const d = await dir();
        const h = await openHistory(d, now);
        for (const r of records) await h.append(r);
        const again = await openHistory(d, now);
        expect(await readAll(again)).toEqual(await readAll(h));
        expect(again.aggregates.totals.records).toBe(records.length);
      }),
      { numRuns: 50 },
    );
  });
});
