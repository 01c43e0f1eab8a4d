import type { HistorySummary } from '@electron/history/common/history-channels';
import type { HistoryRange } from '@electron/history/common/stats';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { api } from '../api';
import type { LiveSource } from './live-feed';
import { useLiveData, type LiveData } from './use-live-data';

function historySource(range: () => HistoryRange): LiveSource<HistorySummary> {
  return {
    fetch: () => api.getHistorySummary(range()),
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
}

/**
 * The history summary for a range, refetched when the range changes and whenever history or
 * settings change. One feed for the view's life: every fetch reads the current range, and the
 * feed's tickets make the newest request win if the user switches quickly.
 */
export function useHistorySummary(range: HistoryRange = 'week'): LiveData<HistorySummary> {
  const current = useRef(range);
  current.current = range;
  const source = useMemo(() => historySource(() => current.current), []);
  const live = useLiveData(source);
  const shown = useRef(range);
  useEffect(() => {
    if (shown.current === range) return;
    shown.current = range;
    live.refetch();
  }, [range, live]);
  return live;
}
