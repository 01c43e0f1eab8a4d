import type { HistorySummary } from '@core/ipc/channels/history';
import { api } from '../api';
import type { LiveSource } from './live-feed';
import { useLiveData, type LiveData } from './use-live-data';

const historySource: LiveSource<HistorySummary> = {
  fetch: () => api.getHistorySummary(),
  // Both events only say "changed" (the summary depends on settings too): fetch the new summary.
  subscribe: (_push, refetch) => {
    const offSettings = api.onSettingsChanged(refetch);
    const offHistory = api.onHistoryChanged(refetch);
    return () => {
      offSettings();
      offHistory();
    };
  },
};

/** The history summary, refreshed whenever history or settings change. */
export function useHistorySummary(): LiveData<HistorySummary> {
  return useLiveData(historySource);
}
