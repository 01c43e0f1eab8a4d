import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDayKey } from '../../../../electron/history/common/aggregates';
import { dailySeries } from '../../../../electron/history/common/stats';
import { weeklyTrend } from '../../../../electron/history/common/weekly';
import { HISTORY_FILE, openHistory } from '../../../../electron/history/node/history-store';
import { DEFAULT_SETTINGS } from '../../../../electron/settings/common/schema';
import { exportJson } from '../../../../electron/transfer/common/export-json';
import { exportCsv } from '../../../../electron/transfer/common/csv';
import { previewImport } from '../../../../electron/transfer/common/transfer';
import { historyDir, readAll } from './helpers';

// Issue 22 extends history additively: pain gains an optional `site`, and a `function` record is
// new. A history.jsonl written by the release before it (pain as one number) must open, show,
// export and import exactly as it was. These lines are that release's own output, byte for byte.
const OLD_RELEASE_LINES = [
  '{"id":"6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b","v":1,"at":"2026-11-16T09:00:00.000Z","kind":"pain","rating":6,"when":"before","sessionId":"7a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d"}',
  '{"id":"7a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d","v":1,"at":"2026-11-16T09:05:00.000Z","kind":"session","routineId":"quick-desk-stretch","routineName":"Quick desk stretch","startedAt":"2026-11-16T09:00:00.000Z","endedAt":"2026-11-16T09:05:00.000Z","completed":true,"endReason":"finished","steps":[{"exerciseId":"sit-tall-reset","sidesDone":1,"secondsHeld":30}]}',
  '{"id":"8b3c4d5e-6f7a-4b2c-9d3e-4f5a6b7c8d9e","v":1,"at":"2026-11-16T09:05:01.000Z","kind":"pain","rating":4,"when":"after","sessionId":"7a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d"}',
  '{"id":"9c4d5e6f-7a8b-4c3d-8e4f-5a6b7c8d9e0f","v":1,"at":"2026-11-16T12:30:00.000Z","kind":"walk","minutes":20}',
  '{"id":"ad5e6f7a-8b9c-4d4e-9f5a-6b7c8d9e0f1a","v":1,"at":"2026-11-16T10:00:00.000Z","kind":"reminder","tier":"posture","action":"taken","reminderId":1}',
  '{"id":"be6f7a8b-9c0d-4e5f-8a6b-7c8d9e0f1a2b","v":1,"at":"2026-11-16T11:40:00.000Z","kind":"sitting","startedAt":"2026-11-16T10:20:00.000Z","minutes":80}',
  '{"id":"cf7a8b9c-0d1e-4f6a-9b7c-8d9e0f1a2b3c","v":1,"at":"2026-11-23T09:00:00.000Z","kind":"pain","rating":3,"when":"before"}',
];
const now = () => new Date('2026-11-24T15:00:00Z');
const dayKey = (d: Date) => localDayKey(d);

async function oldHistory() {
  const dir = await historyDir();
  await writeFile(join(dir, HISTORY_FILE), OLD_RELEASE_LINES.join('\n') + '\n');
  return { dir, history: await openHistory(dir, now, () => {}, { dayKey }) };
}

describe("a history written by the release before leg and back pain were split", () => {
  it('opens with nothing set aside, and the file is left byte for byte as it was', async () => {
    const { dir, history } = await oldHistory();
    expect(history.recovery).toBeNull();
    expect((await readAll(history)).map((r) => JSON.stringify(r))).toEqual(OLD_RELEASE_LINES);
    expect(await readFile(join(dir, HISTORY_FILE), 'utf8')).toBe(OLD_RELEASE_LINES.join('\n') + '\n');
  });

  it('shows its ratings as before on the daily chart, and as "pain (not split)" in the weekly trend, never as leg or back', async () => {
    const { history } = await oldHistory();
    const days = dailySeries(history.aggregates, now(), 14, dayKey);
    const day = days.find((d) => d.day === dayKey(new Date('2026-11-16T09:00:00.000Z')))!;
    expect([day.painBefore, day.painAfter, day.sessions, day.sittingMin]).toEqual([6, 4, 1, 80]);
    const trend = weeklyTrend(history.aggregates, now(), dayKey);
    expect(trend.hasSplit).toBe(false);
    expect(trend.hasUnsplit).toBe(true);
    expect(trend.leg).toBeNull();
    expect(trend.back).toBeNull();
    expect(trend.weeks.flatMap((w) => (w.unsplit === null ? [] : [w.unsplit]))).toEqual([6, 3]);
  });

  it('exports unchanged, and the export imports into a fresh history unchanged (new records too)', async () => {
    const { history } = await oldHistory();
    await history.append({ kind: 'pain', rating: 5, when: 'before', site: 'leg' });
    await history.append({ kind: 'function', sit: '10-30', walk: '5-15' });
    const all = await readAll(history);
    const exported = await exportJson(DEFAULT_SETTINGS, history.records(), now());
    expect((JSON.parse(exported) as { history: unknown[] }).history).toEqual(all);

    const fresh = await openHistory(await historyDir(), now, () => {}, { dayKey });
    const preview = await previewImport(exported, DEFAULT_SETTINGS, (ids) => fresh.existingIds(ids), now());
    if (!preview.ok) throw new Error(preview.errors.join('; '));
    expect(await fresh.importRecords(preview.apply.records)).toBe(all.length);
    expect(await readAll(fresh)).toEqual(all);
    // The CSV keeps its old columns in place and adds the new ones at the end.
    const csv = await exportCsv(fresh.records());
    expect(csv.split('\r\n')[0]).toBe('id,kind,at,routine,completed,end_reason,seconds_held,tier,action,pain,pain_when,walk_minutes,walk_distance,walk_unit,pain_site,function_sit,function_walk');
    expect(csv).toContain(',5,before,,,,leg,,\r\n');
    expect(csv).toContain(',10-30,5-15\r\n');
  });
});
