import { z } from 'zod';
import type { ReminderInfo } from '../../reminders/presenter';
import { channel, event } from '../define';

export const reminderChannels = {
  /** The reminder the small always-on-top window should show, if any. */
  'reminder:get-current': channel<ReminderInfo | null>()('getCurrentReminder', z.tuple([])),
  /** Start / Snooze / Skip from the reminder window; false if that reminder is no longer current. */
  'reminder:respond': channel<boolean>()(
    'respondToReminder',
    z.tuple([z.string().min(1).max(100), z.enum(['start', 'snooze', 'skip', 'open'])]),
  ),
} as const;

export const reminderEvents = {
  'reminder:changed': event<ReminderInfo | null>()('onReminderChanged'),
} as const;
