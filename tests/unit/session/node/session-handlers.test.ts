import { describe, expect, it } from 'vitest';
import { createSessionHandlers } from '../../../../electron/session/node/session-handlers';
import { openHistory } from '../../../../electron/history/node/history-store';
import type { BreakService } from '../../../../electron/breaks/node/break-service';
import { historyDir, readAll } from '../../history/node/helpers';

const report = (routineId: string, walkSec: number) => ({
  routineId,
  routineName: 'Walk break',
  startedAt: '2026-11-23T09:00:00.000Z',
  endedAt: '2026-11-23T09:05:00.000Z',
  completed: true,
  endReason: 'finished' as const,
  steps: [{ exerciseId: 'walk', sidesDone: 1 as const, secondsHeld: walkSec }],
});

describe('a walk break logs only the walk the person confirms', () => {
  it('recording a walk break writes the session and no walk: the timer ran, but only the person knows they walked', async () => {
    const history = await openHistory(await historyDir(), () => new Date('2026-11-23T09:05:00Z'));
    const breaks = { sessionFinished: () => {} } as unknown as BreakService;
    await createSessionHandlers(breaks, history)['session:record'](report('walk-break', 298));
    const records = await readAll(history);
    expect(records.map((r) => r.kind)).toEqual(['session']);
    expect(history.aggregates.days.get('2026-11-23')?.walkMinutes ?? 0).toBe(0);
  });
});
