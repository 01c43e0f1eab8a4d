import type { Settings } from '@electron/settings/common/schema';
import { api } from '../api';
import { earlySource } from './early-source';
import type { LiveSource } from './live-feed';
import { useLiveData, type LiveData } from './use-live-data';

const plainSource: LiveSource<Settings> = {
  fetch: () => api.getSettings(),
  subscribe: (push) => api.onSettingsChanged(push),
};
let settingsSource: LiveSource<Settings> = plainSource;

/** Asks for the settings now, before the window's words arrive (main.tsx); settles when they are here. */
export function fetchSettingsEarly(): Promise<void> {
  const early = earlySource(plainSource);
  settingsSource = early;
  return early.settled;
}

/** Current settings, kept live: changes from any source (tray, import, another view) arrive here. */
export function useSettings(): LiveData<Settings> {
  return useLiveData(settingsSource);
}
