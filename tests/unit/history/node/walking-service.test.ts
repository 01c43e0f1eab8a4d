import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../../../electron/history/node/history-store';
import { AggregateBuilder } from '../../../../electron/history/common/aggregates';
import { sessionPain } from '../../../../electron/history/node/walking-service';
import { createHistoryHandlers } from '../../../../electron/history/node/history-handlers';
import { dailyGoal, type WalkingPlan } from '../../../../electron/history/common/walking';
import { openSettings } from '../../../../electron/settings/node/settings-store';
import { confBackend } from '../../../support/conf-backend';
import { historyDir } from './helpers';

const DAY = 86_400_000;

/** The real history and settings stores, on a clock the test moves. */
async function desk(start: string, prepare?: (dir: string) => Promise<void>) {
  const dir = await historyDir();
  await prepare?.(dir);
  let now = new Date(start);
  const history = await openHistory(dir, () => now);
  const settings = await openSettings(dir, confBackend, now);
  const handlers = createHistoryHandlers({ history, settings, now: () => now });
  return {
    dir,
    history,
    settings,
    walking: async () => (await handlers['history:summary']()).walking,
    walk: (miles: number) => handlers['history:log-walk']({ distance: { value: miles, unit: 'mi' } }),
    later: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

describe('the default walking plan is stored on first use and grows', () => {
  it('starts on first use, is not restarted by later reads, and grows over weeks of met goals', async () => {
    const d = await desk('2026-11-02T15:00:00');
    expect(d.settings.get().walkingPlan).toBeNull();
    const first = await d.walking();
    expect(first).toMatchObject({ goal: 0.5, isDefault: true, plan: { startedOn: '2026-11-02' } });
    expect(d.settings.get().walkingPlan).toMatchObject({ startedOn: '2026-11-02', isDefault: true });
    const goals: number[] = [];
    for (let day = 0; day < 8 * 7; day++) {
      const today = await d.walking();
      if (day % 7 === 0) goals.push(today.goal);
      await d.walk(today.goal);
      d.later(DAY);
    }
    expect(goals).toEqual([0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25]);
    expect(d.settings.get().walkingPlan?.startedOn).toBe('2026-11-02');
  });

  it('with no walks logged the goal holds: the ramp follows what was walked, not the calendar', async () => {
    const d = await desk('2026-11-02T15:00:00');
    await d.walking();
    d.later(5 * 7 * DAY);
    expect((await d.walking()).goal).toBe(0.5);
  });

  it('a flare-up under way sets the goal a step lower and says the ramp is held', async () => {
    const d = await desk('2026-11-02T15:00:00');
    for (let day = 0; day < 14; day++) {
      await d.walk((await d.walking()).goal);
      d.later(DAY);
    }
    expect((await d.walking()).goal).toBe(1);
    d.settings.update({ flareUpSince: new Date('2026-11-16T16:00:00').toISOString() });
    d.later(2 * 60 * 60_000);
    expect(await d.walking()).toMatchObject({ goal: 0.75, paused: true });
  });
});

describe('migration: what today’s release wrote opens unchanged', () => {
  const fixture = join(import.meta.dirname, 'fixtures', 'settings-95c6d1a.json');

  it('a saved plan keeps every field and shows the goal the earlier release showed', async () => {
    const d = await desk('2026-11-24T15:00:00', (dir) => copyFile(fixture, join(dir, 'settings.json')));
    const written = JSON.parse(await readFile(fixture, 'utf8')) as { walkingPlan: WalkingPlan };
    expect(d.settings.recovery).toBeNull();
    expect(d.settings.get().walkingPlan).toEqual(written.walkingPlan);
    const shown = await d.walking();
    expect(shown.goal).toBe(dailyGoal(written.walkingPlan, new Date('2026-11-24T15:00:00')));
    expect(shown.isDefault).toBe(false);
    expect(shown.plan).toMatchObject(written.walkingPlan);
  });
});

describe('the pain the ramp reads', () => {
  const rating = (day: string, rating: number, site?: 'leg' | 'back') =>
    ({ id: crypto.randomUUID(), v: 1, at: `${day}T09:00:00.000Z`, kind: 'pain', rating, when: 'before', ...(site ? { site } : {}) }) as const;
  const week = (records: ReturnType<typeof rating>[]) => {
    const aggregates = new AggregateBuilder((date) => date.toISOString().slice(0, 10));
    for (const r of records) aggregates.add(r);
    return sessionPain(aggregates, '2026-11-02', '2026-11-09');
  };

  it('is leg pain when the week has leg ratings: rising leg pain is not hidden by easing back pain', () => {
    expect(week([rating('2026-11-02', 6, 'leg'), rating('2026-11-03', 2, 'back'), rating('2026-11-04', 4, 'leg')])).toBe(5);
  });

  it('is every rating when none is a leg rating (older one-number records)', () => {
    expect(week([rating('2026-11-02', 6), rating('2026-11-03', 2, 'back')])).toBe(4);
    expect(week([])).toBeNull();
  });
});
