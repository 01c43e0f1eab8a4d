import { z } from 'zod';
import type { ReminderInfo } from './reminder';
import { channel, event, perMinute } from '../../base/common/define-channel';

export const reminderChannels = {
  /** The reminder the small always-on-top window should show, if any. */
  'reminder:get-current': channel<ReminderInfo | null>()('getCurrentReminder', z.tuple([])),
  /** An answer from the reminder window (its id and a button); false if that reminder is no longer current. */
  'reminder:respond': channel<boolean>()(
    'respondToReminder',
    z.tuple([z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), z.enum(['start', 'done', 'snooze', 'skip', 'open', 'moved', 'away'])]),
    perMinute(30),
  ),
} as const;

export const reminderEvents = {
  /** Sent to the reminder window only: the main window shows no reminders. */
  'reminder:changed': event<ReminderInfo | null>()('onReminderChanged'),
} as const;
