import { CLOCK_GLANCE_MS } from '../../electron/breaks/node/watches';
import { routineById } from '../../electron/exercises/common/routines';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, type Services, type ServicesOptions } from '../../electron/app/create-services';
import { offsetCalendar, type Calendar } from '../../electron/breaks/common/config';
import type { PowerEventName } from '../../electron/ports/scheduler';
import { HistoryRecordSchema, type HistoryRecord } from '../../electron/history/common/records';
import { HISTORY_FILE } from '../../electron/history/node/history-store';
import type { SessionReport } from '../../electron/session/common/session-channels';
import type { NotificationOutcome, Notifier, NotifierCapabilities, ReminderNotification } from '../../electron/ports/notifier';
import type { ReminderInfo } from '../../electron/breaks/node/reminder-presenter';
import { UNKNOWN_PRESENCE, type PresenceReading, type RecordedFinding } from '../../electron/presence/common/presence-types';
import type { Settings } from '../../electron/settings/common/schema';
import { FULL_CAPABILITIES } from '../../electron/base/common/platform-capabilities';
import { confBackend } from './conf-backend';
import { FakeClock } from './fake-clock';

/** Monday 2026-11-23 08:00 UTC. */
export const MONDAY_8AM = Date.UTC(2026, 10, 23, 8, 0, 0);
export const MIN = 60_000;

/** The base options every test gives createServices; each test adds only what it is about. */
export async function testServiceOptions(overrides: Partial<ServicesOptions> = {}): Promise<ServicesOptions> {
  return {
    userDataDir: await mkdtemp(join(tmpdir(), 'limber-test-')),
    createSettingsBackend: confBackend,
    appInfo: { name: 'Limber', version: '1.0.0', platform: 'linux', capabilities: FULL_CAPABILITIES },
    broadcast: () => {},
    openExternal: () => {},
    ...overrides,
  };
}

/** How the fake user answers a notification: an outcome now, or 'ignore' (it stays until taken down). */
export type NotificationPolicy = (n: ReminderNotification) => NotificationOutcome | 'ignore';

export interface DeskOptions {
  settings?: Partial<Settings>;
  start?: number;
  calendar?: Calendar;
  capabilities?: NotifierCapabilities;
  policy?: NotificationPolicy;
  /** Give the scheduler presence probes (answering from `desk.presence`); off: no probes, as on a bare OS. */
  presence?: boolean;
  /** Also told of every event the services broadcast (the bench passes a window's PageMessenger). */
  broadcast?: (event: string, payload: unknown) => void;
  /** Where settings and history live; default: a fresh temp dir. */
  userDataDir?: string;
  /** Run main's clock glance (off by default: its 5-s timer would slow month-long lives). */
  glance?: boolean;
}

/**
 * The real services (scheduler, presenter, history, handlers) on a fake desk: wall and monotonic
 * clocks (monotonic stops while asleep, as on Linux), one-shot timers, an idle counter driven by
 * the fake user's input, a notifier whose answers the test scripts, and the reminder window.
 */
export class FakeDesk extends FakeClock {
  /** The most due reminders ever on screen at once (notifications with buttons not yet closed). */
  maxLiveDue = 0;
  lastInput = 0;
  idleSupported = true;
  policy: NotificationPolicy;
  readonly sent: ReminderNotification[] = [];
  /** Real time each notification in `sent` was posted. */
  readonly sentAt: number[] = [];
  readonly opened: string[] = [];
  /** Routines opened that did not exist at that moment (none, ever: a break opens what is there). */
  readonly openedMissing: string[] = [];
  readonly events: Array<{ event: string; payload: unknown; wall: number }> = [];
  window: ReminderInfo | null = null;
  /** What the presence probes would report now (a call, presenting, do-not-disturb). */
  presence: PresenceReading = UNKNOWN_PRESENCE;
  /** How often the scheduler read presence (each read runs every probe on a real desktop). */
  presenceReads = 0;
  /** What each probe said at the last reading, for the Settings card's status (presence:status). */
  presenceFindings: RecordedFinding[] = [];
  private readonly presenceListeners = new Set<() => void>();
  services!: Services;
  userDataDir = '';
  private readonly live = new Map<string, (o: NotificationOutcome) => void>();
  private readonly liveDue = new Set<string>();

  private constructor(opts: DeskOptions) {
    super(opts.start ?? MONDAY_8AM);
    this.policy = opts.policy ?? (() => 'ignore');
  }

  static async create(opts: DeskOptions = {}): Promise<FakeDesk> {
    const desk = new FakeDesk(opts);
    const capabilities = opts.capabilities ?? { actions: true, clicks: true };
    const notifier: Notifier = {
      name: 'fake',
      capabilities: () => Promise.resolve(capabilities),
      notify: (n) => {
        desk.sent.push(n);
        desk.sentAt.push(desk.real);
        if (n.actions?.length) desk.maxLiveDue = Math.max(desk.maxLiveDue, 1 + [...desk.live.keys()].filter((k) => desk.liveDue.has(k)).length);
        const answer = desk.policy(n);
        if (answer !== 'ignore') return Promise.resolve(answer);
        if (n.actions?.length) desk.liveDue.add(n.id);
        return new Promise((resolve) => desk.live.set(n.id, resolve));
      },
      close: (id) => {
        desk.live.get(id)?.({ kind: 'dismissed' });
        desk.live.delete(id);
        desk.liveDue.delete(id);
      },
      dispose: () => {},
    };
    const options = await testServiceOptions({
      broadcast: (event, payload) => {
        desk.events.push({ event, payload, wall: desk.wall });
        opts.broadcast?.(event, payload);
      },
      notifier,
      reminderWindow: { show: (info) => (desk.window = info), hide: () => (desk.window = null), update: (info) => (desk.window = info) },
      // Boot time runs on through a sleep (real time), and is not moved by setting the clock.
      clock: { now: () => desk.wall, monotonic: () => desk.mono, boottime: () => desk.real },
      timers: desk.timerPort,
      idle: { idleSeconds: () => (desk.idleSupported ? Math.max(0, desk.mono - desk.lastInput) / 1000 : null) },
      calendar: opts.calendar ?? offsetCalendar(() => 0),
      onOpenSession: (id) => {
        desk.opened.push(id);
        // Judged when opened: the routine may be gone by the time a test looks (a routines file changed by hand).
        if (!routineById(id)) desk.openedMissing.push(id);
      },
      ...(opts.userDataDir ? { userDataDir: opts.userDataDir } : {}),
      ...(opts.glance ? { clockGlanceMs: CLOCK_GLANCE_MS } : {}),
      ...(opts.presence ? {
            presence: {
              refresh: () => {
                desk.presenceReads++;
                return Promise.resolve(desk.presence);
              },
              subscribe: (listener: () => void) => {
                desk.presenceListeners.add(listener);
                return () => desk.presenceListeners.delete(listener);
              },
              findings: () => desk.presenceFindings,
            },
          } : {}),
    });
    desk.userDataDir = options.userDataDir;
    desk.services = await createServices(options);
    if (opts.settings) await desk.call('settings:update', [opts.settings]);
    await desk.flush();
    return desk;
  }

  get breaks() {
    return this.services.breaks;
  }

  get armedTimers(): number {
    return this.timers.size;
  }

  /** Let promises (notifications, history writes) settle. */
  async flush(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  }

  /** Wait until history writes have landed: appends are fsynced, off the fake clock. */
  async settleWrites(): Promise<void> {
    await this.flush();
    await this.services.history.whenWritten();
  }

  /** An IPC call as the page makes it; throws if it fails. */
  async call(channel: string, args: unknown[]): Promise<unknown> {
    const result = await this.services.dispatch(channel, args);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    await this.flush();
    return result.value;
  }

  /** `ms` of real time passes; the user works (input all along) or is idle. */
  async run(ms: number, mode: 'work' | 'idle' = 'work'): Promise<void> {
    const end = this.mono + ms;
    // What is already under way (a presence reading, a notification's answer) lands before time moves:
    // on a real desk it takes milliseconds.
    await this.flush();
    for (;;) {
      const due = this.advanceToward(end);
      // People pause between keystrokes: the idle counter reads 0-4 s while they work, never a flat 0.
      if (mode === 'work') this.lastInput = this.mono - (this.mono % 5_000);
      if (!due) return;
      due();
      await this.flush();
    }
  }

  /** The machine sleeps `ms`: wall time runs on, monotonic time and timers stand still. */
  async sleep(ms: number, events: { suspend: boolean; resume: boolean } = { suspend: true, resume: true }): Promise<void> {
    if (events.suspend) this.power('suspend');
    this.asleep(ms);
    if (events.resume) this.power('resume');
    await this.flush();
  }

  /**
   * A call (or presentation, or do-not-disturb) starts or ends. The probes watch (as the Linux ones
   * do), so the scheduler hears at once; `{ watched: false }` leaves it to the next look, as a
   * polled probe would (Windows, the meeting-app list).
   */
  setPresence(reading: Partial<PresenceReading>, { watched = true }: { watched?: boolean } = {}): void {
    this.presence = { ...UNKNOWN_PRESENCE, ...reading };
    if (watched) for (const listener of [...this.presenceListeners]) listener();
  }

  power(name: PowerEventName): void {
    this.breaks.powerEvent(name);
  }

  /** The user answers the live notification (or the window) of the reminder on screen. */
  async answer(outcome: NotificationOutcome): Promise<boolean> {
    const entry = [...this.live.entries()].at(-1);
    if (!entry) return false;
    this.live.delete(entry[0]);
    this.liveDue.delete(entry[0]);
    entry[1](outcome);
    await this.flush();
    return true;
  }

  /** The page starts a session (as the player does when it begins), then finishes it. */
  async startSession(routineId: string): Promise<void> {
    await this.call('session:started', [routineId]);
  }
  async finishSession(routineId: string, seconds = 180): Promise<void> {
    const started = new Date(this.wall - seconds * 1000).toISOString();
    const report: SessionReport = {
      routineId,
      routineName: routineId,
      startedAt: started,
      endedAt: new Date(this.wall).toISOString(),
      completed: true,
      endReason: 'finished',
      steps: [],
    };
    await this.call('session:record', [report]);
  }

  /** Reminders with buttons (due), in order, from the notifications the user saw. */
  dueNotifications(tier?: 'stretch' | 'posture'): ReminderNotification[] {
    return this.sent.filter((n) => (n.actions?.length ?? 0) > 0 && (!tier || n.id.startsWith(tier)));
  }

  /**
   * Every record in history.jsonl, read back from the file (history keeps no records in memory).
   * Read synchronously so checks inside a timeline stay plain; the test files are small.
   */
  historyRecords(): HistoryRecord[] {
    let text = '';
    try {
      text = readFileSync(join(this.userDataDir, HISTORY_FILE), 'utf8');
    } catch {
      return []; // nothing written yet
    }
    return text
      .split('\n')
      .slice(0, -1) // only whole lines: what follows the last newline may still be being written
      .map((line) => HistoryRecordSchema.parse(JSON.parse(line)));
  }

  reminderRecords(action?: string): HistoryRecord[] {
    return this.historyRecords().filter((r) => r.kind === 'reminder' && (!action || r.action === action));
  }

  dispose(): void {
    this.services.dispose();
  }
}
