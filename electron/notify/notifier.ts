// The notification port and the factory that picks an implementation per platform. Plain Node: no
// `electron` import, so every path here runs (and is tested) without Electron's binary.
//
// Which path on which platform, and why:
// - macOS, Windows: node-notifier (terminal-notifier / SnoreToast), which shows action buttons and
//   reports which one was pressed.
// - Linux and the BSDs: `notify-send` (libnotify ≥ 0.7.10) called directly. node-notifier's Linux
//   backend passes no actions, and Electron's libnotify `Notification` reports clicks but not
//   action buttons on Linux; notify-send --action/--wait gives both. Older notify-send falls back to
//   node-notifier (no buttons; the app then offers its own reminder window).
import { NodeNotifierNotifier } from './node-notifier';
import { NotifySendNotifier } from './notify-send';

export type ReminderActionId = 'start' | 'snooze' | 'skip';

export interface ReminderAction {
  id: ReminderActionId;
  label: string;
}

export type NotificationUrgency = 'low' | 'normal' | 'critical';

export interface ReminderNotification {
  /** The app's own id for this reminder (for logs; not the server's id). */
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
  /** Posted, but this path cannot report what the user did (node-notifier's Linux backend). */
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
  /** Closes live notifications where possible, kills helper processes; pending calls resolve 'unavailable'. */
  dispose(): void;
}

export interface NotifierOptions {
  appName?: string;
  /** Windows AppUserModelID; must match electron-builder's appId so toasts carry the app's name. */
  appId?: string;
  /** Absolute path to an icon file. */
  icon?: string;
  /** Environment for helper processes (tests point DBUS_SESSION_BUS_ADDRESS at a private bus). */
  env?: NodeJS.ProcessEnv;
}

export const DEFAULT_APP_NAME = 'Limber';
export const DEFAULT_APP_ID = 'app.limber.desktop';
export const DEFAULT_TIMEOUT_SEC = 60;

/** The three buttons a stretch-break reminder offers. */
export const REMINDER_ACTIONS: readonly ReminderAction[] = [
  { id: 'start', label: 'Start stretch' },
  { id: 'snooze', label: 'Snooze 5 min' },
  { id: 'skip', label: 'Skip' },
];

export function chooseNotifier(platform: NodeJS.Platform, options: NotifierOptions = {}): Notifier {
  switch (platform) {
    case 'darwin':
      return new NodeNotifierNotifier({ ...options, backend: 'notification-center' });
    case 'win32':
      return new NodeNotifierNotifier({ ...options, backend: 'windows-toaster' });
    case 'linux':
    case 'freebsd':
    case 'openbsd':
    case 'netbsd':
      return new NotifySendNotifier({
        ...options,
        fallback: new NodeNotifierNotifier({ ...options, backend: 'notify-send' }),
      });
    default:
      return unavailableNotifier(`no notification backend for platform "${platform}"`);
  }
}

/** What a reminder outcome asks the scheduler to do; null when the user did nothing. */
export function reminderCommand(outcome: NotificationOutcome): ReminderActionId | 'open' | null {
  switch (outcome.kind) {
    case 'action':
      return outcome.action;
    case 'clicked':
      return 'open';
    default:
      return null;
  }
}

export function unavailableNotifier(reason: string): Notifier {
  return {
    name: 'unavailable',
    notify: () => Promise.resolve({ kind: 'unavailable', reason }),
    capabilities: () => Promise.resolve({ actions: false, clicks: false }),
    dispose: () => undefined,
  };
}

/** Seconds the notification stays up: finite, 1..3600. */
export function effectiveTimeoutSec(n: ReminderNotification): number {
  const t = n.timeoutSec ?? DEFAULT_TIMEOUT_SEC;
  if (!Number.isFinite(t)) return DEFAULT_TIMEOUT_SEC;
  return Math.min(3600, Math.max(1, Math.round(t)));
}

/** Text for a helper's argv: no NULs (execFile rejects them) and no other control characters but newline. */
export function cleanText(s: string, maxLength = 1000): string {
  const normalized = s.replace(/\r\n?/g, '\n');
  // eslint-disable-next-line no-control-regex
  return normalized.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '').slice(0, maxLength);
}

/** A button label: one line, none of the separators node-notifier's helpers split on (`;` `,`). */
export function cleanLabel(s: string): string {
  return cleanText(s, 64)
    .replace(/[\n;,]/g, ' ')
    .trim();
}
