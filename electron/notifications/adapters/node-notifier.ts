// node-notifier. In the packaged app it serves one place: the Linux fallback for notify-send < 0.7.10
// (its NotifySend backend: no buttons, no feedback). macOS and Windows notify through Electron's
// own Notification (electron-notification.ts); the NotificationCenter (terminal-notifier) and
// WindowsToaster (SnoreToast) backends remain for plain Node only, and their helper binaries are
// not packaged (electron-builder.yml).
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { dirname, join, sep } from 'node:path';
import nodeNotifier from 'node-notifier';
import {
  type NotificationOutcome,
  type Notifier,
  type NotifierCapabilities,
  type ReminderAction,
  type ReminderNotification,
} from '../../ports/notifier';
import {
  DEFAULT_APP_ID,
  DEFAULT_APP_NAME,
  cleanLabel,
  cleanText,
  effectiveTimeoutSec,
  type NotifierOptions,
} from './notification-text';
import { errorMessage } from '../../base/common/error-message';
import { DESKTOP_ENTRY_ID } from './notification-text';
import { t } from '../../i18n/common/translate';

export { DESKTOP_ENTRY_ID } from './notification-text';

export type NodeNotifierBackendName = 'notification-center' | 'windows-toaster' | 'notify-send';

export interface NodeNotifierMetadata {
  activationType?: string | undefined;
  activationValue?: string | undefined;
  button?: string | undefined;
}

export type NodeNotifierCallback = (err: Error | string | null, response?: unknown, metadata?: unknown) => void;

/** The slice of a node-notifier instance this adapter uses (injectable for tests). */
export interface NodeNotifierBackend {
  notify(options: Record<string, unknown>, callback: NodeNotifierCallback): unknown;
}

export interface NodeNotifierOptions extends NotifierOptions {
  backend: NodeNotifierBackendName;
  /** Replaces the real node-notifier instance (tests). */
  instance?: NodeNotifierBackend;
  /** Extra time past the notification's own timeout before we stop waiting for node-notifier. */
  graceMs?: number;
}

export class NodeNotifierNotifier implements Notifier {
  readonly name: string;
  private readonly instance: NodeNotifierBackend;
  private readonly pending = new Set<(o: NotificationOutcome) => void>();
  private disposed = false;

  constructor(private readonly options: NodeNotifierOptions) {
    this.name = `node-notifier:${options.backend}`;
    this.instance = options.instance ?? createInstance(options.backend);
  }

  capabilities(): Promise<NotifierCapabilities> {
    const interactive = this.options.backend !== 'notify-send';
    return Promise.resolve({ actions: interactive, clicks: interactive });
  }

  /** The options object handed to node-notifier for one notification. */
  buildOptions(n: ReminderNotification): Record<string, unknown> {
    const title = cleanText(n.title, 200) || DEFAULT_APP_NAME;
    const message = cleanText(n.body) || title;
    const labels = (n.actions ?? []).map((a) => cleanLabel(a.label) || a.id);
    const icon = this.options.icon;
    const timeout = effectiveTimeoutSec(n);
    switch (this.options.backend) {
      case 'notification-center':
        return {
          title,
          message,
          ...(icon ? { icon } : {}),
          ...(labels.length
            ? {
                actions: labels,
                dropdownLabel: t('main.notification.options'),
                closeLabel: t('main.notification.dismiss'),
              }
            : {}),
          timeout,
          sound: false,
          wait: true,
        };
      case 'windows-toaster':
        return {
          title,
          message,
          ...(icon ? { icon } : {}),
          ...(labels.length ? { actions: labels } : {}),
          appID: this.options.appId ?? DEFAULT_APP_ID,
          sound: false,
          wait: true,
        };
      case 'notify-send':
        return {
          title,
          message,
          ...(icon ? { icon } : {}),
          'app-name': cleanLabel(this.options.appName ?? DEFAULT_APP_NAME) || DEFAULT_APP_NAME,
          // The desktop file's name, so GNOME and KDE file it under Limber's own notification settings.
          hint: `string:desktop-entry:${DESKTOP_ENTRY_ID}`,
          urgency: n.urgency ?? 'normal',
          timeout,
        };
    }
  }

  notify(n: ReminderNotification): Promise<NotificationOutcome> {
    if (this.disposed) return Promise.resolve({ kind: 'unavailable', reason: 'notifier disposed' });
    const bound = (effectiveTimeoutSec(n) + 30) * 1000 + (this.options.graceMs ?? 10_000);
    return new Promise<NotificationOutcome>((resolve) => {
      let settled = false;
      const finish = (o: NotificationOutcome): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.pending.delete(finish);
        resolve(o);
      };
      // node-notifier does not hand back its child process, so it cannot be killed; stop waiting instead.
      const timer = setTimeout(() => finish({ kind: 'timeout' }), bound);
      this.pending.add(finish);
      try {
        this.instance.notify(this.buildOptions(n), (err, response, metadata) => {
          if (this.options.backend === 'notify-send') {
            // err.message starts with the whole command line; its last line is notify-send's own complaint.
            finish(err instanceof Error ? { kind: 'unavailable', reason: lastLine(err.message) } : { kind: 'shown' });
          } else {
            finish(this.afterToastHides(mapNodeNotifierResult(err, response, metadata, n.actions ?? [])));
          }
        });
      } catch (e) {
        finish({ kind: 'unavailable', reason: errorMessage(e) });
      }
    });
  }

  /**
   * Windows shows a toast for about 5 s, then moves it to the Action Center and SnoreToast reports
   * "timedout" and exits, so an answer given there never reaches us. node-notifier 10 passes no
   * duration to SnoreToast (WindowsToaster drops `time`; `wait` is implied), so the toast cannot be
   * made reminder-length: report it as posted-but-unanswerable, and the presenter offers the
   * reminder window for the rest of the reminder instead of counting an unanswered break.
   */
  private afterToastHides(outcome: NotificationOutcome): NotificationOutcome {
    return this.options.backend === 'windows-toaster' && outcome.kind === 'timeout' ? { kind: 'shown' } : outcome;
  }

  dispose(): void {
    this.disposed = true;
    for (const finish of [...this.pending]) finish({ kind: 'unavailable', reason: 'notifier disposed' });
  }
}

/**
 * node-notifier's callback → outcome. macOS reports `activationType: 'actionClicked'` with the
 * button's label in `activationValue`; Windows reports the label as the response (lower-cased) and in
 * `button`. Labels are matched back to action ids case-insensitively.
 */
export function mapNodeNotifierResult(
  err: unknown,
  response: unknown,
  metadata: unknown,
  actions: readonly ReminderAction[],
): NotificationOutcome {
  if (err instanceof Error) return { kind: 'unavailable', reason: lastLine(err.message) };
  const raw = (typeof metadata === 'object' && metadata !== null ? metadata : {}) as Record<string, unknown>;
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const meta: NodeNotifierMetadata = {
    activationType: str(raw.activationType),
    activationValue: str(raw.activationValue),
    button: str(raw.button),
  };
  const resp = (str(response) ?? '').toLowerCase().trim();
  const byLabel = (label: string | undefined): ReminderAction | undefined => {
    if (!label) return undefined;
    const l = label.toLowerCase().trim();
    return actions.find((a) => (cleanLabel(a.label) || a.id).toLowerCase() === l);
  };
  const chosen = byLabel(meta.activationValue) ?? byLabel(meta.button) ?? byLabel(resp);
  if (chosen) return { kind: 'action', action: chosen.id };
  const type = (meta.activationType ?? '').toLowerCase();
  if (resp === 'timeout' || type === 'timeout' || type === 'timedout') return { kind: 'timeout' };
  if (resp === 'activate' || type === 'contentsclicked' || type === 'activated' || type === 'clicked') {
    return { kind: 'clicked' };
  }
  return { kind: 'dismissed' };
}

function lastLine(s: string): string {
  return s.trim().split('\n').pop()?.trim() || 'node-notifier failed';
}

function createInstance(backend: NodeNotifierBackendName): NodeNotifierBackend {
  // No fallbacks (Growl, balloons): an honest 'unavailable' beats a notification nobody sees.
  const base = { withFallback: false };
  const wrap = (n: { notify(o: never, cb: never): unknown }): NodeNotifierBackend => ({
    notify: (o, cb) => n.notify(o as never, cb as never),
  });
  switch (backend) {
    case 'notification-center':
      return wrap(new nodeNotifier.NotificationCenter({ ...base, ...vendorPath('notification-center') }));
    case 'windows-toaster':
      return wrap(new nodeNotifier.WindowsToaster({ ...base, ...vendorPath('windows-toaster') }));
    case 'notify-send':
      return wrap(new nodeNotifier.NotifySend(base));
  }
}

/**
 * In a packaged app node-notifier lives in app.asar and its helper binaries in app.asar.unpacked
 * (electron-builder `asarUnpack`); a binary cannot run from inside the asar, so point at the copy.
 */
function vendorPath(backend: 'notification-center' | 'windows-toaster'): { customPath?: string } {
  let dir: string;
  try {
    dir = dirname(createRequire(import.meta.url).resolve('node-notifier'));
  } catch {
    return {};
  }
  const asar = `${sep}app.asar${sep}`;
  if (!dir.includes(asar)) return {};
  const unpacked = dir.replace(asar, `${sep}app.asar.unpacked${sep}`);
  return {
    customPath:
      backend === 'notification-center'
        ? join(unpacked, 'vendor/mac.noindex/terminal-notifier.app/Contents/MacOS/terminal-notifier')
        : join(unpacked, 'vendor/snoreToast', `snoretoast-x${arch() === 'x64' ? '64' : '86'}.exe`),
  };
}
