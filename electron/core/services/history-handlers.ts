import { randomUUID } from 'node:crypto';
import type { HistorySummary } from '../ipc/channels/history';
import type { Handlers } from '../ipc/router';
import { flarePhase } from '../safety/flare';
import type { History } from '../history/store';
import { dailySeries, HISTORY_RANGES, localDayKey, painChange, sittingTrend, streak, totals } from '../history/stats';
import { DEFAULT_WALKING_PLAN, dailyGoal, walkedToday } from '../history/walking';
import { checkSettingsPatch } from '../settings/rules';
import type { SettingsService } from '../settings/store';
import { exportCsv } from '../transfer/csv';
import { exportJson } from '../transfer/export-json';
import { previewImport, type ImportResult } from '../transfer/transfer';

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
    // Computed from per-day aggregates: the same cost after five years as after a week.
    'history:summary': (range = 'week'): HistorySummary => {
      const today = now();
      const aggregates = history.aggregates;
      const s = settings.get();
      const plan = s.walkingPlan ?? DEFAULT_WALKING_PLAN(localDayKey(today));
      const phase = flarePhase(s.flareUpSince, today);
      // In a flare-up the goal stays where it was when the flare-up began.
      const goalDay = phase.kind !== 'none' && s.flareUpSince ? new Date(s.flareUpSince) : today;
      const days = dailySeries(aggregates, today, HISTORY_RANGES[range]);
      return {
        range,
        days,
        streak: streak(aggregates, today),
        totals: totals(aggregates),
        painChange: painChange(days),
        sitting: sittingTrend(aggregates, today),
        walking: { plan, goal: dailyGoal(plan, goalDay), walked: walkedToday(aggregates, plan, today), paused: phase.kind !== 'none', isDefault: s.walkingPlan === null },
      };
    },
    'history:log-pain': (rating, when, sessionId) =>
      history.append({ kind: 'pain', rating, when, ...(sessionId ? { sessionId } : {}) }),
    'history:log-walk': (walk) => history.append({ kind: 'walk', ...walk }),
    'history:export': async (format) => {
      const stamp = localDayKey(now());
      return format === 'json'
        ? saveFile(`limber-${stamp}.json`, await exportJson(settings.get(), history.records(), now()))
        : saveFile(`limber-history-${stamp}.csv`, await exportCsv(history.records()));
    },
    'history:preview-import': async (text) => {
      const result = await previewImport(text, settings.get(), (ids) => history.existingIds(ids), now());
      if (!result.ok) {
        pending = null;
        return result;
      }
      pending = { token: randomUUID(), apply: result.apply };
      return { ok: true, token: pending.token, preview: result.preview };
    },
    'history:apply-import': async (token) => {
      const none = { settingsChanged: 0, recordsAdded: 0 };
      if (!pending || pending.token !== token) return none;
      const { settings: patch, records } = pending.apply;
      pending = null;
      // Settings may have changed since the preview: check again before writing anything.
      if (checkSettingsPatch(patch, settings.get()).length > 0) return none;
      // Records first: their write is all-or-nothing, so a failure here really changed nothing.
      const recordsAdded = await history.importRecords(records);
      const changed = Object.keys(patch).length;
      if (changed === 0) return { settingsChanged: 0, recordsAdded };
      try {
        return { settingsChanged: settings.update(patch).ok ? changed : 0, recordsAdded };
      } catch {
        // The records are in; say exactly that rather than "nothing was changed".
        return { settingsChanged: 0, recordsAdded };
      }
    },
  };
}
