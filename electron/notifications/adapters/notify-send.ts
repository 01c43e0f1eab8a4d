// Linux/BSD: notify-send (libnotify ≥ 0.7.10) run directly, because it is the one path that shows
// action buttons and reports the chosen one (see notifier.ts). Always execFile with an argv array:
// no shell, and `--` before the texts, so a title or body can inject neither commands nor options.
import { execFile, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { t } from '../../i18n/common/translate';
import {
  type NotificationOutcome,
  type Notifier,
  type NotifierCapabilities,
  type ReminderActionId,
  type ReminderNotification,
} from '../../ports/notifier';
import {
  DEFAULT_APP_NAME,
  cleanLabel,
  cleanText,
  escapeBodyMarkup,
  effectiveTimeoutSec,
  type NotifierOptions,
} from './notification-text';
import { errorMessage } from '../../base/common/error-message';
import { DESKTOP_ENTRY_ID } from './notification-text';

export interface NotifySendOptions extends NotifierOptions {
  /** The executable; default `notify-send` from PATH. */
  command?: string;
  /** Used when notify-send is older than 0.7.10 (no --action/--wait). */
  fallback?: Notifier;
  /** Extra time past the notification's own expiry before we close it ourselves. */
  graceMs?: number;
}

export type NotifySendSupport =
  { kind: 'actions'; version: string } | { kind: 'no-actions'; version: string } | { kind: 'missing'; reason: string };

const MIN_VERSION: readonly [number, number, number] = [0, 7, 10];
const PROBE_TIMEOUT_MS = 3_000;
const KILL_AFTER_MS = 1_500;
const URGENCIES: ReadonlySet<string> = new Set(['low', 'normal', 'critical']);
const ACTION_IDS: ReadonlySet<string> = new Set<ReminderActionId>(['start', 'snooze', 'skip', 'done', 'moved', 'away']);
/** What notify-send prints when there is no bus or no notification server on it. */
const NO_SERVER =
  /GDBus\.Error|Failed to connect|Could not connect|Cannot autolaunch|Error spawning|Error calling StartServiceByName|Cannot open display/i;

export class NotifySendNotifier implements Notifier {
  readonly name = 'notify-send';
  private readonly command: string;
  private readonly appName: string;
  private readonly graceMs: number;
  private support: Promise<NotifySendSupport> | undefined;
  private readonly live = new Set<{ key: string; finish: (o: NotificationOutcome) => void }>();
  private disposed = false;

  constructor(private readonly options: NotifySendOptions = {}) {
    this.command = options.command ?? 'notify-send';
    this.appName = cleanLabel(options.appName ?? DEFAULT_APP_NAME) || DEFAULT_APP_NAME;
    this.graceMs = options.graceMs ?? 5_000;
  }

  /** Probes `notify-send --version` once (cached). */
  detect(): Promise<NotifySendSupport> {
    this.support ??= probeNotifySend(this.command, this.env());
    return this.support;
  }

  async capabilities(): Promise<NotifierCapabilities> {
    const s = await this.detect();
    if (s.kind === 'actions') return { actions: true, clicks: true };
    if (s.kind === 'no-actions' && this.options.fallback) return this.options.fallback.capabilities();
    return { actions: false, clicks: false };
  }

  async notify(n: ReminderNotification): Promise<NotificationOutcome> {
    if (this.disposed) return { kind: 'unavailable', reason: 'notifier disposed' };
    const s = await this.detect();
    if (s.kind === 'missing') return { kind: 'unavailable', reason: s.reason };
    if (s.kind === 'no-actions') {
      return this.options.fallback
        ? this.options.fallback.notify(n)
        : { kind: 'unavailable', reason: `notify-send ${s.version} has no --action (needs ≥ 0.7.10)` };
    }
    return this.run(n);
  }

  /** Withdraws the reminder: interrupting notify-send --wait makes it close the notification on the server. */
  close(id: string): void {
    for (const entry of [...this.live]) if (entry.key === id) entry.finish({ kind: 'dismissed' });
    this.options.fallback?.close?.(id);
  }

  dispose(): void {
    this.disposed = true;
    for (const entry of [...this.live]) entry.finish({ kind: 'unavailable', reason: 'notifier disposed' });
    this.options.fallback?.dispose();
  }

  /** The argv for one notification (public for tests and logs). */
  buildArgs(n: ReminderNotification): string[] {
    const args = [
      `--app-name=${this.appName}`,
      '--print-id',
      '--wait',
      `--urgency=${URGENCIES.has(n.urgency ?? '') ? n.urgency : 'normal'}`,
      `--expire-time=${effectiveTimeoutSec(n) * 1000}`,
      // The desktop file's name: GNOME and KDE file the notification under Limber's own settings.
      `--hint=string:desktop-entry:${DESKTOP_ENTRY_ID}`,
    ];
    if (this.options.icon) args.push(`--icon=${this.options.icon}`);
    // "default" is the spec's action for a click on the notification body; servers show no button for it.
    args.push(`--action=default=${cleanLabel(t('main.notification.open', { app: this.appName }))}`);
    for (const a of n.actions ?? []) {
      if (ACTION_IDS.has(a.id)) args.push(`--action=${a.id}=${cleanLabel(a.label) || a.id}`);
    }
    args.push('--', cleanText(n.title, 200) || this.appName, escapeBodyMarkup(cleanText(n.body)));
    return args;
  }

  private env(): NodeJS.ProcessEnv {
    return this.options.env ?? process.env;
  }

  private run(n: ReminderNotification): Promise<NotificationOutcome> {
    const expireMs = effectiveTimeoutSec(n) * 1000;
    return new Promise<NotificationOutcome>((resolve) => {
      // notify-send's stdout is a pipe, so block-buffered: the id (--print-id) and the chosen action
      // arrive together at exit. stderr is unbuffered and tells early when there is no server.
      let stderr = '';
      let settled = false;
      let child: ChildProcess | undefined;
      const startedAt = Date.now();

      const stop = (): void => {
        this.live.delete(entry);
        if (child) interrupt(child);
      };
      const finish = (outcome: NotificationOutcome): void => {
        if (settled) return;
        settled = true;
        clearTimeout(bound);
        stop();
        resolve(outcome);
      };
      const entry = { key: n.id, finish };
      this.live.add(entry);
      // The server owns expiry (and may ignore it, e.g. for critical); this bounds us regardless.
      const bound = setTimeout(() => finish({ kind: 'timeout' }), expireMs + this.graceMs);

      const onExit = (error: (Error & { code?: unknown }) | null, stdout: string): void => {
        const [id, action] = stdout
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        if (id === undefined || !/^\d+$/.test(id)) {
          return finish({
            kind: 'unavailable',
            reason: describeFailure(error, noServerLine(stderr) ?? lastLine(stderr)),
          });
        }
        if (action === 'default') return finish({ kind: 'clicked' });
        if (action !== undefined && ACTION_IDS.has(action)) {
          return finish({ kind: 'action', action: action as ReminderActionId });
        }
        // Closed without an action. notify-send does not print the close reason: an exit at about
        // the expiry time is an expiry, earlier is the user dismissing it.
        finish(Date.now() - startedAt >= expireMs - 750 ? { kind: 'timeout' } : { kind: 'dismissed' });
      };

      try {
        child = execFile(
          this.command,
          this.buildArgs(n),
          { env: this.env(), encoding: 'utf8', maxBuffer: 64 * 1024, windowsHide: true },
          (error, stdout) => onExit(error, stdout),
        );
      } catch (e) {
        return finish({
          kind: 'unavailable',
          reason: `notify-send failed: ${errorMessage(e)}`,
        });
      }
      child.stderr?.on('data', (chunk: string) => {
        stderr += chunk;
        // With --wait, notify-send 0.8 prints the error and then waits forever: end it here.
        const line = noServerLine(stderr);
        if (line) finish({ kind: 'unavailable', reason: `no notification server: ${line}` });
      });
    });
  }
}

/**
 * SIGINT makes notify-send (0.8+) close its notification on the server before it exits; it installs
 * that handler once the server has answered, so wait (briefly) until it has, then SIGKILL if needed.
 */
function interrupt(c: ChildProcess, deadline = Date.now() + KILL_AFTER_MS): void {
  if (c.exitCode !== null || c.signalCode !== null) return;
  if (catchesSigint(c.pid) === false && Date.now() < deadline) {
    setTimeout(() => interrupt(c, deadline), 20).unref();
    return;
  }
  c.kill('SIGINT');
  setTimeout(() => {
    if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  }, KILL_AFTER_MS).unref();
}

/** Whether the process has a SIGINT handler (Linux /proc); undefined where that cannot be read. */
function catchesSigint(pid: number | undefined): boolean | undefined {
  if (pid === undefined) return undefined;
  try {
    const hex = /^SigCgt:\s*([0-9a-f]+)$/im.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return hex === undefined ? undefined : (BigInt(`0x${hex}`) & 2n) !== 0n;
  } catch {
    return undefined;
  }
}

function noServerLine(stderr: string): string | undefined {
  return stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => NO_SERVER.test(l))
    ?.replace(/^\(notify-send:\d+\): [\w-]+ \*\*: [\d:.]+: /, '');
}

function lastLine(s: string): string {
  return s.trim().split('\n').pop()?.trim() ?? '';
}

function describeFailure(error: (Error & { code?: unknown }) | null, detail: string): string {
  if (error && error.code === 'ENOENT') return 'notify-send is not installed (Debian/Ubuntu package libnotify-bin)';
  if (detail) return NO_SERVER.test(detail) ? `no notification server: ${detail}` : `notify-send failed: ${detail}`;
  return error ? `notify-send failed: ${error.message}` : 'notify-send exited without showing the notification';
}

/** `notify-send --version` → whether it has --action/--wait (libnotify ≥ 0.7.10). Never rejects. */
export function probeNotifySend(command: string, env: NodeJS.ProcessEnv): Promise<NotifySendSupport> {
  return new Promise((resolve) => {
    execFile(command, ['--version'], { env, encoding: 'utf8', timeout: PROBE_TIMEOUT_MS }, (error, stdout) => {
      if (error && (error as { code?: unknown }).code === 'ENOENT') {
        return resolve({
          kind: 'missing',
          reason: 'notify-send is not installed (Debian/Ubuntu package libnotify-bin)',
        });
      }
      const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(stdout);
      if (error || !m) {
        return resolve({ kind: 'missing', reason: `notify-send --version failed: ${error?.message ?? stdout.trim()}` });
      }
      const version = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] as const;
      resolve({ kind: versionAtLeast(version, MIN_VERSION) ? 'actions' : 'no-actions', version: version.join('.') });
    });
  });
}

export function versionAtLeast(v: readonly number[], min: readonly number[]): boolean {
  for (let i = 0; i < min.length; i++) {
    const a = v[i] ?? 0;
    const b = min[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
