// Linux/BSD: notify-send (libnotify ≥ 0.7.10) run directly, because it is the one path that shows
// action buttons and reports the chosen one (see notifier.ts). Always execFile with an argv array:
// no shell, and `--` before the texts, so a title or body can inject neither commands nor options.
import { execFile, type ChildProcess } from 'node:child_process';
import {
  DEFAULT_APP_NAME,
  cleanLabel,
  cleanText,
  effectiveTimeoutSec,
  type NotificationOutcome,
  type Notifier,
  type NotifierCapabilities,
  type NotifierOptions,
  type ReminderActionId,
  type ReminderNotification,
} from './notifier';

export interface NotifySendOptions extends NotifierOptions {
  /** The executable; default `notify-send` from PATH. */
  command?: string;
  /** Used when notify-send is older than 0.7.10 (no --action/--wait). */
  fallback?: Notifier;
  /** How long to wait for the server to accept the notification (its id on stdout). */
  showTimeoutMs?: number;
  /** Extra time past the notification's own expiry before we close it ourselves. */
  graceMs?: number;
}

export type NotifySendSupport =
  { kind: 'actions'; version: string } | { kind: 'no-actions'; version: string } | { kind: 'missing'; reason: string };

const MIN_VERSION: readonly [number, number, number] = [0, 7, 10];
const PROBE_TIMEOUT_MS = 3_000;
const KILL_AFTER_MS = 1_500;
const ACTION_IDS: ReadonlySet<string> = new Set<ReminderActionId>(['start', 'snooze', 'skip']);
/** What notify-send prints when there is no bus or no notification server on it. */
const NO_SERVER =
  /GDBus\.Error|Failed to connect|Could not connect|Cannot autolaunch|Error spawning|Error calling StartServiceByName|Cannot open display/i;

export class NotifySendNotifier implements Notifier {
  readonly name = 'notify-send';
  private readonly command: string;
  private readonly appName: string;
  private readonly showTimeoutMs: number;
  private readonly graceMs: number;
  private support: Promise<NotifySendSupport> | undefined;
  private readonly live = new Set<{ child: ChildProcess; finish: (o: NotificationOutcome) => void }>();
  private disposed = false;

  constructor(private readonly options: NotifySendOptions = {}) {
    this.command = options.command ?? 'notify-send';
    this.appName = cleanLabel(options.appName ?? DEFAULT_APP_NAME) || DEFAULT_APP_NAME;
    this.showTimeoutMs = options.showTimeoutMs ?? 10_000;
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

  dispose(): void {
    this.disposed = true;
    for (const entry of [...this.live]) entry.finish({ kind: 'unavailable', reason: 'notifier disposed' });
    this.options.fallback?.dispose();
  }

  /** The argv for one notification (exported through the class for tests and logs). */
  buildArgs(n: ReminderNotification): string[] {
    const args = [
      `--app-name=${this.appName}`,
      '--print-id',
      '--wait',
      `--urgency=${n.urgency ?? 'normal'}`,
      `--expire-time=${effectiveTimeoutSec(n) * 1000}`,
    ];
    if (this.options.icon) args.push(`--icon=${this.options.icon}`);
    // "default" is the spec's action for a click on the notification body; servers show no button for it.
    args.push('--action=default=Open Limber');
    for (const a of n.actions ?? []) {
      if (ACTION_IDS.has(a.id)) args.push(`--action=${a.id}=${cleanLabel(a.label) || a.id}`);
    }
    args.push('--', cleanText(n.title, 200) || this.appName, cleanText(n.body));
    return args;
  }

  private env(): NodeJS.ProcessEnv {
    return this.options.env ?? process.env;
  }

  private run(n: ReminderNotification): Promise<NotificationOutcome> {
    const expireMs = effectiveTimeoutSec(n) * 1000;
    return new Promise<NotificationOutcome>((resolve) => {
      let stdout = '';
      let stderr = '';
      let shownAt: number | undefined;
      let settled = false;
      const timers: NodeJS.Timeout[] = [];

      const child = execFile(
        this.command,
        this.buildArgs(n),
        { env: this.env(), encoding: 'utf8', maxBuffer: 64 * 1024, windowsHide: true },
        (error) => {
          // All output has been read by now.
          const lines = stdout
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
          const action = shownAt !== undefined ? lines[1] : undefined;
          if (action === 'default') return finish({ kind: 'clicked' });
          if (action !== undefined && ACTION_IDS.has(action)) {
            return finish({ kind: 'action', action: action as ReminderActionId });
          }
          if (shownAt === undefined) {
            const detail = stderr.trim().split('\n').pop() ?? '';
            return finish({ kind: 'unavailable', reason: describeFailure(error, detail) });
          }
          // Closed without an action. notify-send does not print the close reason: an exit at about
          // the expiry time is an expiry, earlier is the user dismissing it.
          const elapsed = Date.now() - shownAt;
          finish(elapsed >= expireMs - 750 ? { kind: 'timeout' } : { kind: 'dismissed' });
        },
      );

      const stop = (): void => {
        this.live.delete(entry);
        if (child.exitCode !== null || child.signalCode !== null) return;
        // SIGINT makes notify-send close its notification on the server before it exits.
        child.kill('SIGINT');
        const k = setTimeout(() => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        }, KILL_AFTER_MS);
        k.unref();
      };
      const finish = (outcome: NotificationOutcome): void => {
        if (settled) return;
        settled = true;
        timers.forEach(clearTimeout);
        stop();
        resolve(outcome);
      };
      const entry = { child, finish };
      this.live.add(entry);

      child.on('error', (err) => finish({ kind: 'unavailable', reason: `notify-send failed: ${err.message}` }));
      child.stdout?.on('data', (chunk: string) => {
        stdout += chunk;
        if (shownAt === undefined && /^\s*\d+\s*\n/.test(stdout)) {
          shownAt = Date.now();
          // The server owns expiry (and may ignore it, e.g. for critical); this bounds us regardless.
          timers.push(setTimeout(() => finish({ kind: 'timeout' }), expireMs + this.graceMs));
        }
      });
      child.stderr?.on('data', (chunk: string) => {
        stderr += chunk;
        // With --wait, notify-send 0.8 prints the error and then waits forever: end it here.
        if (shownAt === undefined && NO_SERVER.test(stderr)) {
          finish({ kind: 'unavailable', reason: `no notification server: ${lastLine(stderr)}` });
        }
      });
      timers.push(
        setTimeout(() => {
          if (shownAt === undefined) {
            const why = lastLine(stderr) || `no answer within ${this.showTimeoutMs} ms`;
            finish({ kind: 'unavailable', reason: `no notification server: ${why}` });
          }
        }, this.showTimeoutMs),
      );
    });
  }
}

function lastLine(s: string): string {
  return s.trim().split('\n').pop()?.trim() ?? '';
}

function describeFailure(error: (Error & { code?: unknown }) | null, detail: string): string {
  if (error && error.code === 'ENOENT') return 'notify-send is not installed (Debian/Ubuntu package libnotify-bin)';
  if (detail) return `no notification server: ${detail}`;
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
