// What a reminder is, as the window, the notification adapters and the scheduler all see it.
// Types only: the presenter (breaks/node) shows reminders, the Notifier port (ports/notifier.ts)
// carries them, and the reminder window (renderer) answers them.
import type { Tier } from './state';

/** 'moved': "I already moved"; 'away': "I was away from my desk" (both end the sitting bout). */
export type ReminderActionId = 'start' | 'snooze' | 'skip' | 'done' | 'moved' | 'away';

export interface ReminderAction {
  id: ReminderActionId;
  label: string;
}

/** What the user is being asked to do now; shown by a notification and/or the reminder window. */
export interface ReminderInfo {
  /** The scheduler's id for this reminder; with `tier`, all that is needed to answer it. */
  id: number;
  tier: Tier;
  kind: 'heads-up' | 'due';
  title: string;
  body: string;
  /** False once the snooze limit is reached: the window and notification say so plainly. */
  canSnooze: boolean;
  snoozeMin: number;
  /** The buttons, in order: the notification and the window offer exactly these. */
  actions: ReminderAction[];
}

/** 'open': the notification itself was clicked. 'timeout': gone without an answer. */
export type ReminderResponse = ReminderActionId | 'open' | 'timeout';
