import type { ReminderInfo } from '@electron/breaks/common/reminder';
import { api } from '../api';
import type { LiveSource } from './live-feed';
import { useLiveData, type LiveData } from './use-live-data';

const reminderSource: LiveSource<ReminderInfo | null> = {
  fetch: () => api.getCurrentReminder(),
  subscribe: (push) => api.onReminderChanged(push),
};

/** The reminder on show (null: none), for the small reminder window. */
export function useCurrentReminder(): LiveData<ReminderInfo | null> {
  return useLiveData(reminderSource);
}
