import type { History } from '../../history/node/history-store';
import { routineById } from '../../exercises/common/routines';
import { InvalidArgumentsError } from '../../base/common/result';
import type { Handlers } from '../../ipc/node/router';
import type { SessionReport } from '../common/session-channels';
import type { BreakService } from '../../breaks/node/break-service';

export type SessionHandlers = Pick<Handlers, 'session:started' | 'session:record'>;

/** A walk break counts toward the walking goal for the time actually walked, from a minute on. */
export function walkFromSession(report: SessionReport): { kind: 'walk'; minutes: number } | null {
  const walkedSec = report.steps.filter((s) => s.exerciseId === 'walk').reduce((a, s) => a + s.secondsHeld, 0);
  return routineById(report.routineId)?.logsWalk && walkedSec >= 60 ? { kind: 'walk', minutes: Math.round(walkedSec / 60) } : null;
}

/** ipc/channels/session.ts: a session's start counts the break; its end goes into history. */
export function createSessionHandlers(breaks: BreakService, history: History): SessionHandlers {
  return {
    'session:started': (routineId) => {
      breaks.sessionStarted(routineId);
      return true;
    },
    'session:record': async (report) => {
      // Checked before anything is written: a refused call must not leave a record behind.
      if (!routineById(report.routineId))
        throw new InvalidArgumentsError([{ path: '0.routineId', message: 'There is no such routine.' }]);
      const walk = walkFromSession(report);
      // One write, all or nothing: never a session saved and its walk lost.
      const [record] = await history.appendMany(walk ? [{ kind: 'session', ...report }, walk] : [{ kind: 'session', ...report }]);
      breaks.sessionFinished(report.routineId);
      return record!;
    },
  };
}
