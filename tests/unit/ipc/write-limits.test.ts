// The write paths a page can reach, fed as a compromised page would (issue 26): each is rate-limited
// (stated next to its schema in ipc/channels/*), an import is measured in UTF-8 bytes, the days an
// import may name are bounded, and session:record refuses an unknown routine before saving.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/app/create-services';
import { CHANNELS } from '../../../electron/ipc/common/contract';
import { createRouter, type Handlers } from '../../../electron/ipc/node/router';
import { exportJson } from '../../../electron/transfer/common/export-json';
import { DEFAULT_SETTINGS } from '../../../electron/settings/common/schema';
import { testServiceOptions } from '../../support/fake-desk';

let services: Services | null = null;
/** The file the open dialog's stand-in "chooses" for an import (null: cancelled). */
let chosen: string | null = null;
const start = async () => (services = await createServices({ ...(await testServiceOptions()), chooseImportFile: () => Promise.resolve(chosen) }));
/** Write `text` where the import dialog's stand-in will choose it. */
async function choose(text: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'limber-import-'));
  await writeFile((chosen = join(dir, 'chosen.json')), text);
}
afterEach(() => services?.dispose());

/** Every stored record (history.records() streams them from the file). */
async function stored(services: Services) {
  const all = [];
  for await (const record of services.history.records()) all.push(record);
  return all;
}

const report = (routineId = 'quick-desk-stretch') => ({
  routineId,
  routineName: 'Quick desk stretch',
  startedAt: '2026-11-24T09:00:00.000Z',
  endedAt: '2026-11-24T09:03:00.000Z',
  completed: true,
  endReason: 'finished' as const,
  steps: Array.from({ length: 30 }, () => ({ exerciseId: 'sit-tall-reset', sidesDone: 2 as const, secondsHeld: 3600 })),
});

describe('write limits', () => {
  it('every channel that writes or reaches outside Limber has a limit; reads have none', () => {
    const limited = Object.entries(CHANNELS)
      .filter(([, spec]) => 'limit' in spec && spec.limit)
      .map(([name]) => name)
      .sort();
    expect(limited).toEqual([
      'app:open-external',
      'app:window-state',
      'breaks:moved',
      'breaks:pause',
      'breaks:resume',
      'breaks:set-focus',
      'breaks:skip-next',
      'breaks:was-away',
      'history:apply-import',
      'history:export',
      'history:log-function',
      'history:log-pain',
      'history:log-walk',
      'history:open-summary',
      'history:preview-import',
      'history:save-summary',
      'reminder:respond',
      'routines:apply-import',
      'routines:delete',
      'routines:duplicate',
      'routines:export',
      'routines:pick-image',
      'routines:preview-import',
      'routines:reorder',
      'routines:save-exercise',
      'routines:save-routine',
      'routines:store-image',
      'session:record',
      'session:started',
      'settings:reset',
      'settings:update',
    ]);
  });

  it('session:record: 10 a minute, then refused without writing, and again after the minute', async () => {
    const started = await start();
    let clock = 0;
    const calls: unknown[] = [];
    const handlers = new Proxy({} as Handlers, { get: () => (...args: unknown[]) => (calls.push(args), true) });
    const dispatch = createRouter(handlers, () => {}, () => clock);
    const results = [];
    for (let i = 0; i < 1_000; i++) results.push(await dispatch('session:record', [report()]));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results[10]).toEqual({
      ok: false,
      error: {
        code: 'rate-limited',
        message: 'That was asked for too often just now, so nothing was changed. Try again in a minute.',
        issues: [],
      },
    });
    expect(calls).toHaveLength(10);
    clock += 60_000;
    expect(await dispatch('session:record', [report()])).toMatchObject({ ok: true });
    expect(await stored(started)).toHaveLength(0); // the stand-in handlers wrote nothing
  });

  it('the real services: a flood of session records stores at most the limit, and main keeps answering', async () => {
    const { dispatch } = await start();
    const flood = Array.from({ length: 500 }, () => dispatch('session:record', [report()]));
    const started = performance.now();
    expect(await dispatch('settings:get', [])).toMatchObject({ ok: true }); // a round trip while fed
    const roundTrip = performance.now() - started;
    const results = await Promise.all(flood);
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect((await stored(services!)).filter((r) => r.kind === 'session')).toHaveLength(10);
    expect(roundTrip).toBeLessThan(5_000); // liveness only; the bench has no figure for this yet
  });

  it('session:record with an unknown routine is refused and saves nothing', async () => {
    const { dispatch } = await start();
    expect(await dispatch('session:record', [report('no-such-routine')])).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments', issues: [{ path: '0.routineId', message: 'There is no such routine.' }] },
    });
    expect(await stored(services!)).toEqual([]);
  });

  it('an import takes no text from the page: a 20 MB string sent with the call is refused unread', async () => {
    const { dispatch } = await start();
    chosen = null;
    const result = await dispatch('history:preview-import', ['{"app":"limber","format":1}'.padEnd(20 * 1024 * 1024)]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await dispatch('history:preview-import', [])).toEqual({ ok: true, value: null }); // the dialog was cancelled
  });

  it('a 60 MB UTF-8 import (20 million UTF-16 units) is refused with a clear message', async () => {
    const { dispatch } = await start();
    const text = '€'.repeat(20_000_000); // 3 bytes each in UTF-8
    expect(text.length).toBeLessThanOrEqual(20 * 1024 * 1024);
    await choose(text);
    expect(await dispatch('history:preview-import', [])).toEqual({
      ok: true,
      value: { ok: false, errors: ['The file is larger than 20 MB; that is not a Limber export.'] },
    });
  });

  it('an import naming days outside 2000 to tomorrow is refused, so main keeps no aggregate for them', async () => {
    const { dispatch, history } = await start();
    const pain = (i: number, at: string) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      v: 1 as const,
      at,
      kind: 'pain' as const,
      rating: 3,
      when: 'after' as const,
    });
    // 50,000 records, one a day from year 1900 on: the audit's memory growth, ~530 bytes a day.
    const records = Array.from({ length: 50_000 }, (_, i) => pain(i + 1, new Date(Date.UTC(1900, 0, 1 + i)).toISOString()));
    const text = await exportJson(DEFAULT_SETTINGS, records, new Date());
    await choose(text);
    const result = await dispatch('history:preview-import', []);
    expect(result).toMatchObject({ ok: true, value: { ok: false } });
    expect((result as { value: { errors: string[] } }).value.errors[0]).toBe(
      'history[0]: dated outside 2000 to today; Limber never writes such an entry.',
    );
    await choose(await exportJson(DEFAULT_SETTINGS, [pain(1, '2999-01-01T00:00:00.000Z')], new Date()));
    expect(await dispatch('history:preview-import', [])).toMatchObject({ ok: true, value: { ok: false } });
    expect(history.aggregates.days.size).toBe(0);
  });
});

describe('utf8BytesOver', () => {
  it('counts UTF-8 bytes as Buffer does', async () => {
    const { utf8BytesOver } = await import('../../../electron/transfer/common/transfer');
    for (const text of ['abc', 'é', '€', '😀', 'a€😀é', '\ud800']) {
      const bytes = Buffer.byteLength(text, 'utf8');
      expect([utf8BytesOver(text, bytes), utf8BytesOver(text, bytes - 1)]).toEqual([false, true]);
    }
  });
});
