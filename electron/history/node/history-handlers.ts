import type { HistorySummary } from '../common/history-channels';
import type { Handlers } from '../../ipc/node/router';
import type { History } from './history-store';
import { dailySeries, HISTORY_RANGES, painChange, sittingTrend, streak, totals } from '../common/stats';
import { createWalkingService, type WalkingService } from './walking-service';
import type { SettingsService } from '../../settings/node/settings-store';
import { weeklyTrend, type WeeklyTrend } from '../common/weekly';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** "Not this week" keeps the function question away for seven days from the answer. */
function functionAskable(trend: WeeklyTrend, dismissedAt: string | null, today: Date): WeeklyTrend {
  const dismissed = dismissedAt !== null && today.getTime() - new Date(dismissedAt).getTime() < WEEK_MS;
  return dismissed ? { ...trend, functionDue: false } : trend;
}

export type HistoryHandlers = Pick<
  Handlers,
  'history:summary' | 'history:log-pain' | 'history:log-walk' | 'history:log-function'
>;

export interface HistoryServiceOptions {
  history: History;
  settings: SettingsService;
  now: () => Date;
  /** Today's walking goal (one service shared with the walking nudge); built here when not given. */
  walking?: WalkingService;
}

export function createHistoryHandlers({ history, settings, now, walking: given }: HistoryServiceOptions): HistoryHandlers {
  const walking = given ?? createWalkingService({ aggregates: () => history.aggregates, settings, now });
  return {
    // Computed from per-day aggregates: the same cost after five years as after a week.
    'history:summary': (range = 'week'): HistorySummary => {
      const today = now();
      const aggregates = history.aggregates;
      const days = dailySeries(aggregates, today, HISTORY_RANGES[range]);
      return {
        range,
        days,
        streak: streak(aggregates, today),
        totals: totals(aggregates),
        painChange: painChange(days),
        sitting: sittingTrend(aggregates, today),
        weekly: functionAskable(weeklyTrend(aggregates, today), settings.get().functionQuestionDismissedAt, today),
        walking: walking.today(),
      };
    },
    'history:log-pain': (rating, when, sessionId, site) =>
      history.append({ kind: 'pain', rating, when, ...(sessionId ? { sessionId } : {}), ...(site ? { site } : {}) }),
    'history:log-function': (sit, walk) => history.append({ kind: 'function', sit, walk }),
    'history:log-walk': (walk) => history.append({ kind: 'walk', ...walk }),
  };
}
