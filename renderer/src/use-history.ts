import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HistorySummary } from '../../electron/core/ipc/channels/history';
import { api } from './api';

/** The history summary; `refresh` after logging something. Also refreshes when settings change. */
export function useHistorySummary(): [HistorySummary | null, () => void] {
  const [summary, setSummary] = useState<HistorySummary | null>(null);
  const refresh = useCallback(() => {
    void api.getHistorySummary().then((r) => r.ok && setSummary(r.value));
  }, []);
  useEffect(() => {
    refresh();
    return api.onSettingsChanged(refresh);
  }, []);
  return [summary, refresh];
}
