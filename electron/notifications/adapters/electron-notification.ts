// macOS: Electron's own Notification. node-notifier's terminal-notifier is x86-64 only
// (node-notifier#361): on Apple Silicon without Rosetta it fails, and with Rosetta the notification
// carries Terminal's name and icon. Electron's Notification is the app's own, and on macOS it has
// action buttons (the first is shown, the rest under it; packaged builds set
// NSUserNotificationAlertStyle=alert so they appear). The class is injected: this file stays plain
// Node and the tests drive a fake one.
import type {
  NotificationOutcome,
  Notifier,
  NotifierCapabilities,
  ReminderAction,
  ReminderNotification,
} from '../../ports/notifier';
import { DEFAULT_APP_NAME, cleanLabel, cleanText, effectiveTimeoutSec } from './notification-text';

/** The options this adapter passes (a subset of Electron's NotificationConstructorOptions). */
export interface NativeNotificationOptions {
  title: string;
  body: string;
  silent: boolean;
  hasReply: boolean;
  timeoutType: 'default' | 'never';
  urgency: 'low' | 'normal' | 'critical';
  actions: Array<{ type: 'button'; text: string }>;
  closeButtonText: string;
  icon?: string;
}

/** The slice of an Electron Notification instance used here. */
export interface NativeNotification {
  on(event: 'action', listener: (details: { actionIndex?: number }, actionIndex?: number) => void): unknown;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'close', listener: (details?: { reason?: string }) => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
  show(): void;
  close(): void;
}

/** Electron's Notification class, or a test's fake. */
export interface NativeNotificationClass {
  new (options: NativeNotificationOptions): NativeNotification;
  isSupported(): boolean;
}

export interface ElectronNotifierOptions {
  Notification: NativeNotificationClass;
  icon?: string;
}

export class ElectronNotificationNotifier implements Notifier {
  readonly name = 'electron-notification';
  private readonly live = new Set<{ key: string; finish: (o: NotificationOutcome) => void }>();
  private disposed = false;

  constructor(private readonly options: ElectronNotifierOptions) {}

  capabilities(): Promise<NotifierCapabilities> {
    const supported = this.supported();
    return Promise.resolve({ actions: supported, clicks: supported });
  }

  /** The constructor options for one reminder (public for tests). */
  buildOptions(n: ReminderNotification): NativeNotificationOptions {
    const title = cleanText(n.title, 200) || DEFAULT_APP_NAME;
    return {
      title,
      body: cleanText(n.body) || title,
      silent: true,
      hasReply: false,
      // Limber closes it itself after the reminder's own time; the system must not drop it first.
      timeoutType: 'never',
      urgency: n.urgency === 'critical' ? 'normal' : (n.urgency ?? 'normal'),
      actions: labelsOf(n.actions ?? []).map((text) => ({ type: 'button' as const, text })),
      closeButtonText: 'Dismiss',
      ...(this.options.icon ? { icon: this.options.icon } : {}),
    };
  }

  notify(n: ReminderNotification): Promise<NotificationOutcome> {
    if (this.disposed) return Promise.resolve({ kind: 'unavailable', reason: 'notifier disposed' });
    if (!this.supported()) return Promise.resolve({ kind: 'unavailable', reason: 'notifications are not supported here' });
    const actions = n.actions ?? [];
    return new Promise<NotificationOutcome>((resolve) => {
      let notification: NativeNotification | null = null;
      let settled = false;
      const finish = (outcome: NotificationOutcome, closeIt: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.live.delete(entry);
        if (closeIt) notification?.close();
        resolve(outcome);
      };
      const entry = { key: n.id, finish: (o: NotificationOutcome) => finish(o, true) };
      this.live.add(entry);
      const timer = setTimeout(() => finish({ kind: 'timeout' }, true), effectiveTimeoutSec(n) * 1000);
      try {
        notification = new this.options.Notification(this.buildOptions(n));
        notification.on('action', (details, legacyIndex) => {
          const action = actions[details?.actionIndex ?? legacyIndex ?? -1];
          finish(action ? { kind: 'action', action: action.id } : { kind: 'clicked' }, true);
        });
        notification.on('click', () => finish({ kind: 'clicked' }, true));
        notification.on('close', (details) =>
          finish(details?.reason === 'timedOut' ? { kind: 'timeout' } : { kind: 'dismissed' }, false),
        );
        notification.on('failed', (_event, error) => finish({ kind: 'unavailable', reason: error || 'the notification failed' }, false));
        notification.show();
      } catch (e) {
        finish({ kind: 'unavailable', reason: e instanceof Error ? e.message : String(e) }, false);
      }
    });
  }

  /** The reminder was answered elsewhere or withdrawn: take its notification down. */
  close(id: string): void {
    for (const entry of [...this.live]) if (entry.key === id) entry.finish({ kind: 'dismissed' });
  }

  dispose(): void {
    this.disposed = true;
    for (const entry of [...this.live]) entry.finish({ kind: 'unavailable', reason: 'notifier disposed' });
  }

  private supported(): boolean {
    try {
      return this.options.Notification.isSupported();
    } catch {
      return false;
    }
  }
}

function labelsOf(actions: readonly ReminderAction[]): string[] {
  return actions.map((a) => cleanLabel(a.label) || a.id);
}
