import type { Handlers } from '../../ipc/node/router';
import type { History } from '../../history/node/history-store';
import { EscalationTracker } from '../common/escalation';

export type SafetyHandlers = Pick<Handlers, 'history:escalation'>;

/** The safety room's handlers: what the person's own records suggest a clinician should hear. */
export function createSafetyHandlers({ history, now }: { history: History; now: () => Date }): SafetyHandlers {
  let escalationCache: { count: number; tracker: EscalationTracker } | null = null;
  return {
    // Streamed from the file once, then kept until a record is added: the tracker holds only what its
    // rules need, however long the history, and answers for any later time.
    'history:escalation': async () => {
      const count = history.aggregates.totals.records;
      if (!escalationCache || escalationCache.count !== count) {
        const tracker = new EscalationTracker();
        for await (const record of history.records()) tracker.add(record);
        escalationCache = { count, tracker };
      }
      return escalationCache.tracker.result(now());
    },
  };
}
