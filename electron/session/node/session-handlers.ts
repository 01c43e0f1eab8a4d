import type { History } from '../../history/node/history-store';
import { routineById } from '../../exercises/common/routines';
import { InvalidArgumentsError } from '../../base/common/result';
import { t } from '../../i18n/common/translate';
import type { Handlers } from '../../ipc/node/router';
import type { BreakService } from '../../breaks/node/break-service';

export type SessionHandlers = Pick<Handlers, 'session:started' | 'session:record'>;

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
        throw new InvalidArgumentsError([{ path: '0.routineId', message: t('errors.ipc.noRoutine') }]);
      // A walk break logs no walk here: the timer ran, but only the person knows whether they
      // walked, so the finish screen asks them and logs what they confirm (WalkConfirm.tsx).
      const record = await history.append({ kind: 'session', ...report });
      breaks.sessionFinished(report.routineId);
      return record;
    },
  };
}
