import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../../electron/ipc/common/contract';
import { openHistory } from '../../../../electron/history/node/history-store';
import { createHistoryHandlers } from '../../../../electron/history/node/history-handlers';
import { openSettings } from '../../../../electron/settings/node/settings-store';
import { confBackend } from '../../../support/conf-backend';
import { historyDir, readAll } from './helpers';

const today = new Date('2026-11-24T15:00:00');

async function setup() {
  const dir = await historyDir();
  const history = await openHistory(dir, () => today);
  const settings = await openSettings(dir, confBackend, today);
  const saved: string[] = [];
  const handlers = createHistoryHandlers({
    history,
    settings,
    now: () => today,
    saveFile: (_name, content) => Promise.resolve(saved.push(content) ? '/tmp/export' : null),
  });
  return { history, settings, handlers, saved };
}

describe('history:summary', () => {
  it('covers a week by default, or a month or 3 months when asked', async () => {
    const { handlers } = await setup();
    expect((await handlers['history:summary']()).days).toHaveLength(7);
    expect((await handlers['history:summary']('week')).range).toBe('week');
    expect((await handlers['history:summary']('month')).days).toHaveLength(30);
    const quarter = await handlers['history:summary']('3-months');
    expect(quarter.days).toHaveLength(90);
    expect(quarter.days.at(-1)!.day).toBe('2026-11-24');
  });

  it('the contract accepts only the three ranges', () => {
    const args = CHANNELS['history:summary'].args;
    for (const ok of [[], ['week'], ['month'], ['3-months']]) expect(args.safeParse(ok).success).toBe(true);
    for (const bad of [['year'], [7], ['week', 'x']]) expect(args.safeParse(bad).success).toBe(false);
  });

  it('counts what was logged, in whole minutes and miles', async () => {
    const { handlers } = await setup();
    await handlers['history:log-walk']({ minutes: 30 });
    await handlers['history:log-pain'](6, 'before');
    const summary = await handlers['history:summary']();
    expect(summary.days.at(-1)).toMatchObject({ walkMiles: 1.5, painBefore: 6, painAfter: null });
    expect(summary.totals).toMatchObject({ walks: 1, walkMiles: 1.5, minutesStretched: 0 });
    expect(summary.walking.walked).toBe(1.5);
  });
});

describe('export and import through the handlers', () => {
  it('exports what is in the file, and a re-import adds nothing twice', async () => {
    const { handlers, saved, history } = await setup();
    await handlers['history:log-walk']({ minutes: 10 });
    expect(await handlers['history:export']('json')).toBe('/tmp/export');
    expect(await handlers['history:export']('csv')).toBe('/tmp/export');
    expect(saved[1]!.split('\r\n')).toHaveLength(3); // header, one row, final CRLF
    const preview = await handlers['history:preview-import'](saved[0]!);
    expect(preview.ok && preview.preview).toMatchObject({ newRecords: 0, duplicateRecords: 1 });
    if (!preview.ok) return;
    expect(await handlers['history:apply-import'](preview.token)).toEqual({ settingsChanged: 0, recordsAdded: 0 });
    expect(await readAll(history)).toHaveLength(1);
  });

  it('applies records, then settings re-checked against the settings as they are now', async () => {
    const { handlers, settings, history } = await setup();
    const file = JSON.stringify({
      app: 'limber',
      format: 1,
      settings: { walkingPlan: { unit: 'mi', startDaily: 1, target: 2, startedOn: '2026-11-01' } },
      history: [{ id: '00000000-0000-4000-8000-000000000001', v: 1, at: '2026-11-24T09:00:00.000Z', kind: 'walk', minutes: 5 }],
    });
    const preview = await handlers['history:preview-import'](file);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    // Meanwhile another setting changes; the import's patch is checked again and still applies.
    expect(settings.update({ stretchRoutineId: 'sciatica-relief' }).ok).toBe(true);
    expect(await handlers['history:apply-import'](preview.token)).toEqual({ settingsChanged: 1, recordsAdded: 1 });
    expect(await readAll(history)).toHaveLength(1);
  });
});
