import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HistorySummary } from '../../electron/core/ipc/channels/history';
import { api } from './api';

/** The history summary, refreshed whenever history or settings change. */
export function useHistorySummary(): [HistorySummary | null, () => void] {
  const [summary, setSummary] = useState<HistorySummary | null>(null);
  const refresh = useCallback(() => {
    void api.getHistorySummary().then((r) => r.ok && setSummary(r.value));
  }, []);
  useEffect(() => {
    refresh();
    const offSettings = api.onSettingsChanged(refresh);
    const offHistory = api.onHistoryChanged(refresh);
    return () => {
      offSettings();
      offHistory();
    };
  }, []);
  return [summary, refresh];
}
