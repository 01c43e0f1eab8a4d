import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../../electron/ipc/common/contract';
import { openHistory } from '../../../../electron/history/node/history-store';
import { createHistoryHandlers } from '../../../../electron/history/node/history-handlers';
import { openSettings } from '../../../../electron/settings/node/settings-store';
import { confBackend } from '../../../support/conf-backend';
import { historyDir } from './helpers';

const today = new Date('2026-11-24T15:00:00');

async function setup() {
  const dir = await historyDir();
  const history = await openHistory(dir, () => today);
  const settings = await openSettings(dir, confBackend, today);
  const handlers = createHistoryHandlers({ history, settings, now: () => today });
  return { history, settings, handlers };
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
