import { randomUUID } from 'node:crypto';
import type { HistorySummary } from '../ipc/channels/history';
import type { Handlers } from '../ipc/router';
import { flarePhase } from '../safety/flare';
import type { History } from '../history/store';
import { dailySeries, localDayKey, painChange, streak, totals } from '../history/stats';
import { DEFAULT_WALKING_PLAN, dailyGoal, walkedToday } from '../history/walking';
import type { SettingsService } from '../settings/store';
import { exportCsv, exportJson, previewImport, type ImportResult } from '../transfer/transfer';

export type HistoryHandlers = Pick<
  Handlers,
  'history:summary' | 'history:log-pain' | 'history:log-walk' | 'history:export' | 'history:preview-import' | 'history:apply-import'
>;

export interface HistoryServiceOptions {
  history: History;
  settings: SettingsService;
  now: () => Date;
  /** Ask where to save and write it; the path, or null if the user cancelled. */
  saveFile: (suggestedName: string, content: string) => Promise<string | null>;
}

export function createHistoryHandlers({ history, settings, now, saveFile }: HistoryServiceOptions): HistoryHandlers {
  // Previewed imports wait here (one at a time) until the user confirms.
  let pending: { token: string; apply: Extract<ImportResult, { ok: true }>['apply'] } | null = null;

  return {
    'history:summary': (): HistorySummary => {
      const today = now();
      const records = history.all();
      const s = settings.get();
      const plan = s.walkingPlan ?? DEFAULT_WALKING_PLAN(localDayKey(today));
      const phase = flarePhase(s.flareUpSince, today);
      // In a flare-up the goal stays where it was when the flare-up began.
      const goalDay = phase.kind !== 'none' && s.flareUpSince ? new Date(s.flareUpSince) : today;
      const days = dailySeries(records, today, 14);
      return {
        days,
        streak: streak(records, today),
        totals: totals(records),
        painChange: painChange(days),
        walking: { plan, goal: dailyGoal(plan, goalDay), walked: walkedToday(records, plan, today), paused: phase.kind !== 'none', isDefault: s.walkingPlan === null },
      };
    },
    'history:log-pain': (rating, when, sessionId) =>
      history.append({ kind: 'pain', rating, when, ...(sessionId ? { sessionId } : {}) }),
    'history:log-walk': (walk) => history.append({ kind: 'walk', ...walk }),
    'history:export': async (format) => {
      const stamp = localDayKey(now());
      return format === 'json'
        ? saveFile(`limber-${stamp}.json`, exportJson(settings.get(), history.all(), now()))
        : saveFile(`limber-history-${stamp}.csv`, exportCsv(history.all()));
    },
    'history:preview-import': (text) => {
      const result = previewImport(text, settings.get(), (id) => history.has(id));
      if (!result.ok) {
        pending = null;
        return result;
      }
      pending = { token: randomUUID(), apply: result.apply };
      return { ok: true, token: pending.token, preview: result.preview };
    },
    'history:apply-import': async (token) => {
      if (!pending || pending.token !== token) return { settingsChanged: 0, recordsAdded: 0 };
      const { settings: patch, records } = pending.apply;
      pending = null;
      const changed = Object.keys(patch).length;
      if (changed > 0) {
        const result = settings.update(patch);
        if (!result.ok) return { settingsChanged: 0, recordsAdded: 0 };
      }
      return { settingsChanged: changed, recordsAdded: await history.appendMany(records) };
    },
  };
}
