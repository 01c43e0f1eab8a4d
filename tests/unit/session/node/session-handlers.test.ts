import { describe, expect, it } from 'vitest';
import { walkFromSession } from '../../../../electron/session/node/session-handlers';

const report = (routineId: string, walkSec: number) => ({
  routineId,
  routineName: 'Walk break',
  startedAt: '2026-11-23T09:00:00.000Z',
  endedAt: '2026-11-23T09:05:00.000Z',
  completed: true,
  endReason: 'finished' as const,
  steps: [{ exerciseId: 'walk', sidesDone: 1 as const, secondsHeld: walkSec }],
});

describe('a walk break logs a walk', () => {
  it('for the time actually walked, from one minute on, and only for a routine that logs walks', () => {
    expect(walkFromSession(report('walk-break', 298))).toEqual({ kind: 'walk', minutes: 5 });
    expect(walkFromSession(report('walk-break', 59))).toBeNull();
    expect(walkFromSession(report('quick-desk-stretch', 300))).toBeNull();
  });
});
