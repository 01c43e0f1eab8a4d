// macOS and Windows: Electron's own Notification.
// - macOS: node-notifier's terminal-notifier is x86-64 only (node-notifier#361): on Apple Silicon
//   without Rosetta it fails, and with Rosetta the notification carries Terminal's name and icon.
//   Electron's Notification is the app's own, with action buttons (packaged builds set
//   NSUserNotificationAlertStyle=alert so they appear). An unsigned build cannot post any: the first
//   failure is remembered, and from then on the presenter goes straight to the reminder window.
// - Windows: SnoreToast (node-notifier) toasts hide after ~5 s and their answer from the Action
//   Center never arrives. Electron 45's toasts take buttons, `timeoutType: 'never'` keeps them on
//   screen until answered or withdrawn, and Notification.handleActivation hears an answer given
//   after the instance is gone.
// The class is injected: this file stays plain Node and the tests drive a fake one.
import type {
  NotificationOutcome,
  Notifier,
  NotifierCapabilities,
  ReminderAction,
  ReminderNotification,
} from '../../ports/notifier';
import { DEFAULT_APP_NAME, cleanLabel, cleanText, effectiveTimeoutSec } from './notification-text';
import { errorMessage } from '../../base/common/error-message';

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

/** Windows' activation details (Electron's ActivationArguments), as far as they are used. */
export interface NativeActivation {
  type: string;
  actionIndex?: number;
}

/** Electron's Notification class, or a test's fake. */
export interface NativeNotificationClass {
  new (options: NativeNotificationOptions): NativeNotification;
  isSupported(): boolean;
  /** Windows only (Electron 45): every click or button press, even on a toast left in the Action Center. */
  handleActivation?: (callback: (details: NativeActivation) => void) => void;
}

export interface ElectronNotifierOptions {
  Notification: NativeNotificationClass;
  icon?: string;
  /** An answer that arrived with no reminder waiting for it (a stale toast): open the app. */
  onStrayActivation?: () => void;
}

export class ElectronNotificationNotifier implements Notifier {
  readonly name = 'electron-notification';
  private readonly live = new Set<{ key: string; finish: (o: NotificationOutcome) => void }>();
  private disposed = false;
  /** Why the system refused a notification: it will refuse the next ones too (an unsigned macOS app). */
  private refused: string | null = null;
  /** The actions of the reminder on screen, for answers that come through handleActivation. */
  private readonly actionsOf = new Map<string, readonly ReminderAction[]>();

  constructor(private readonly options: ElectronNotifierOptions) {
    try {
      options.Notification.handleActivation?.((details) => this.activated(details));
    } catch {
      // An Electron without it: the instance events still carry every answer while it is on screen.
    }
  }

  capabilities(): Promise<NotifierCapabilities> {
    const supported = this.supported() && this.refused === null;
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
    if (this.refused !== null) return Promise.resolve({ kind: 'unavailable', reason: this.refused });
    const actions = n.actions ?? [];
    return new Promise<NotificationOutcome>((resolve) => {
      let notification: NativeNotification | null = null;
      let settled = false;
      const finish = (outcome: NotificationOutcome, closeIt: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.live.delete(entry);
        this.actionsOf.delete(n.id);
        if (closeIt) notification?.close();
        resolve(outcome);
      };
      const entry = { key: n.id, finish: (o: NotificationOutcome) => finish(o, true) };
      this.live.add(entry);
      this.actionsOf.set(n.id, actions);
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
        notification.on('failed', (_event, error) => {
          this.refused = error || 'the system refused the notification';
          finish({ kind: 'unavailable', reason: this.refused }, false);
        });
        notification.show();
      } catch (e) {
        finish({ kind: 'unavailable', reason: errorMessage(e) }, false);
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

  /** Windows: an answer heard through handleActivation (also for a toast whose instance is gone). */
  private activated(details: NativeActivation): void {
    const entry = [...this.live].at(-1);
    if (!entry) {
      this.options.onStrayActivation?.();
      return;
    }
    const action = details.type === 'action' ? this.actionsOf.get(entry.key)?.[details.actionIndex ?? -1] : undefined;
    entry.finish(action ? { kind: 'action', action: action.id } : { kind: 'clicked' });
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
