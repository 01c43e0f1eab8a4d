import type { Settings } from '@electron/settings/common/schema';
import { api } from '../api';
import type { LiveSource } from './live-feed';
import { useLiveData, type LiveData } from './use-live-data';

const settingsSource: LiveSource<Settings> = {
  fetch: () => api.getSettings(),
  subscribe: (push) => api.onSettingsChanged(push),
};

/** Current settings, kept live: changes from any source (tray, import, another view) arrive here. */
export function useSettings(): LiveData<Settings> {
  return useLiveData(settingsSource);
}
