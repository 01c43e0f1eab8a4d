// The notification port: what the reminder presenter needs from a platform notifier. Adapters
// (notify-send, the macOS/Windows notifier package, Electron's Notification) live in electron/notifications/adapters.

import type { ReminderAction, ReminderActionId } from '../breaks/common/reminder';

export type { ReminderAction, ReminderActionId } from '../breaks/common/reminder';

export type NotificationUrgency = 'low' | 'normal' | 'critical';

export interface ReminderNotification {
  /** The app's own key for this reminder (for logs; not the server's id). */
  id: string;
  title: string;
  body: string;
  actions?: ReminderAction[];
  urgency?: NotificationUrgency;
  /** How long the notification stays up; clamped to 1..3600 s. Default 60 s. */
  timeoutSec?: number;
}

export type NotificationOutcome =
  | { kind: 'action'; action: ReminderActionId }
  | { kind: 'clicked' }
  | { kind: 'dismissed' }
  | { kind: 'timeout' }
  /** Posted, but this path cannot report what the user did (the fallback Linux backend). */
  | { kind: 'shown' }
  | { kind: 'unavailable'; reason: string };

export interface NotifierCapabilities {
  /** Action buttons are shown and the chosen one is reported. */
  actions: boolean;
  /** A click on the notification body is reported. */
  clicks: boolean;
}

export interface Notifier {
  /** Which implementation this is, for logs and the README. */
  readonly name: string;
  /** Resolves once the user acted, the notification closed or expired, or it could not be shown. Never rejects. */
  notify(n: ReminderNotification): Promise<NotificationOutcome>;
  capabilities(): Promise<NotifierCapabilities>;
  /** Take down the live notification for this reminder key, if any; its notify() then resolves 'dismissed'. */
  close?(id: string): void;
  /** Closes live notifications where possible, kills helper processes; pending calls resolve 'unavailable'. */
  dispose(): void;
}

/** For tests and machines without a notification server: every call reports why nothing was shown. */
export function unavailableNotifier(reason: string): Notifier {
  return {
    name: 'unavailable',
    notify: () => Promise.resolve({ kind: 'unavailable', reason }),
    capabilities: () => Promise.resolve({ actions: false, clicks: false }),
    dispose: () => undefined,
  };
}
