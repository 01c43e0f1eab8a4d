import { localCalendar, tomorrowMorning, type Calendar } from '../common/config';
import type { BreakConfig } from '../common/config';
import { IdleWatch, JUMP_THRESHOLD_MS, JumpWatch } from './watches';
import { PresenceWatch } from './presence-watch';
import { blockedReason, initialState, nextWake, reduce, type BreakEvent, type BreakState, type Response, type Tier } from './machine';
import { snoozesLeft, statusOf, type BreakStatus } from '../common/status';
import type { PowerEventName } from '../../ports/scheduler';
import type { RuntimeOptions } from './runtime-options';
export type { BreakStatus } from '../common/status';
export { JUMP_THRESHOLD_MS } from './watches';
/**
 * Drives the pure machine with one armed timer: it wakes for the next deadline or a coarse idle
 * sample, never on a fixed tick. On every wake it compares wall and monotonic time to catch
 * sleeps and clock changes even when the OS sends no event.
 */
export class BreakRuntime {
  private state: BreakState;
  private config: BreakConfig;
  private readonly calendar: Calendar;
  private readonly idle = new IdleWatch();
  private readonly presence: PresenceWatch | null;
  private timer: unknown = null;
  private readonly jumps: JumpWatch;
  /** Monotonic time of the suspend event that began the current absence, if one did. */
  private suspendMono: number | null = null;
  private waitedForPresence = false;
  private disposed = false;
  /** Timer callbacks run so far (the benchmark counts them). */
  wakeups = 0;

  constructor(private readonly options: RuntimeOptions) {
    this.config = options.config;
    this.calendar = options.calendar ?? localCalendar;
    const now = options.clock.now();
    this.state = initialState(this.config, this.calendar, now);
    this.jumps = new JumpWatch(options.clock);
    const mono = (): number => options.clock.monotonic();
    this.presence = options.presence ? new PresenceWatch(options.presence, () => this.presenceChanged(), mono) : null;
    this.presence?.poll(options.clock.monotonic(), true);
    this.sampleIdle();
    this.dispatch({ type: 'tick' });
  }

  // ── user controls ─────────────────────────────────────────────
  respond = (id: number, response: Response): void => this.dispatch({ type: 'respond', id, response });
  sessionStarted = (tier: Tier, movesYou: boolean): void => this.dispatch({ type: 'session-started', tier, movesYou });
  sessionFinished = (tier: Tier, movesYou: boolean): void => this.dispatch({ type: 'session-finished', tier, movesYou });
  moved = (): void => this.dispatch({ type: 'moved' }); // "I already moved"
  wasAway = (): void => this.dispatch({ type: 'was-away' }); // "I was away from my desk"
  resume = (): void => this.dispatch({ type: 'resume' });
  setFocus = (on: boolean): void => this.dispatch({ type: 'focus', on });
  /** Snooze the stretch break on screen; false when the limit is reached. */
  snooze(): boolean {
    const showing = this.state.showing;
    if (!showing || showing.tier !== 'stretch' || snoozesLeft(this.state, this.config, this.options.clock.now()) === 0) return false;
    this.respond(showing.id, 'snooze');
    return true;
  }
  skip(): void {
    if (this.state.showing) this.respond(this.state.showing.id, 'skip');
    else this.dispatch({ type: 'skip-next' });
  }
  pause(choice: number | 'tomorrow'): void {
    const now = this.options.clock.now();
    if (choice === 'tomorrow') {
      this.dispatch({ type: 'pause', until: tomorrowMorning(this.config.workingHours, this.calendar, now), kind: 'until-morning' });
    } else this.dispatch({ type: 'pause', until: now + choice, kind: 'for' });
  }
  updateConfig(config: BreakConfig): void {
    // Unchanged settings (a theme switch, say) must not disturb the schedule or a snooze.
    const previous = this.config;
    this.config = config;
    const { recheckAt: _a, ...was } = previous;
    const { recheckAt: _b, ...is } = config;
    if (JSON.stringify(was) !== JSON.stringify(is)) this.dispatch({ type: 'config-changed', previous });
    else this.schedule();
  }
  powerEvent(name: PowerEventName): void {
    const now = this.options.clock.now();
    if (name === 'suspend' || name === 'lock-screen') {
      // An idle absence with input since has ended: see that first, so the lock starts a new one.
      this.sampleIdle();
      const mono = this.options.clock.monotonic();
      if (name === 'suspend') this.suspendMono = mono;
      this.dispatch({ type: 'screen-away', cause: name === 'suspend' ? 'suspend' : 'lock', idleMs: this.readIdleMs() ?? 0, mono });
    } else this.endAway(now);
  }
  /** Re-check the clocks now (e.g. the window was opened), so a stale countdown is never shown. */
  refresh(): void {
    this.detectJump();
    this.recheckConfig();
    this.sampleIdle();
    this.dispatch({ type: 'tick' });
  }

  /**
   * The current status, brought up to date first: if the machine slept or the clock changed
   * since the last wake, or a deadline has passed, that is handled now, so a reader never sees a
   * stale, stuck or negative countdown.
   */
  status(): BreakStatus {
    this.catchUp();
    return this.snapshot();
  }
  /** Refresh only if a sleep, a clock change or a passed deadline went unnoticed (main's clock glance). */
  catchUp(): void {
    if (!this.disposed && this.isStale()) this.refresh();
  }

  get currentState(): Readonly<BreakState> { return this.state; } // prettier-ignore
  get currentConfig(): Readonly<BreakConfig> { return this.config; } // prettier-ignore
  /** How many timers are armed right now: always 0 or 1 (tests check this). */
  get armedTimers(): number { return this.timer === null ? 0 : 1; } // prettier-ignore

  dispose(): void {
    this.disposed = true;
    this.presence?.dispose();
    if (this.timer !== null) this.options.timers.clear(this.timer);
    this.timer = null;
  }

  // ── internals ─────────────────────────────────────────────────
  private isStale(): boolean {
    const wall = this.options.clock.now();
    if (Math.abs(this.jumps.drift()) > JUMP_THRESHOLD_MS) return true;
    const wake = nextWake(this.state, this.config, this.calendar, wall);
    return wake !== null && wake <= wall;
  }

  private snapshot(): BreakStatus {
    return statusOf(this.state, this.config, this.calendar, this.options.clock.now(), this.idle.note, this.presence?.reason ?? null, this.presence !== null);
  }

  private dispatch(event: BreakEvent): void {
    if (this.disposed) return;
    this.detectJump();
    this.checkSpuriousSuspend();
    this.apply(event);
    this.options.onStatus?.(this.snapshot());
    this.schedule();
  }

  private apply(event: BreakEvent): void {
    const step = reduce(this.state, event, this.config, this.calendar, this.options.clock.now());
    this.state = step.state;
    if (!this.state.away) this.suspendMono = null;
    for (const effect of step.effects) this.options.onEffect(effect);
  }

  private endAway(at: number): void {
    this.suspendMono = null;
    this.dispatch({ type: 'away-end', at });
  }

  /** Compare how far wall time and real (monotonic) time moved since we last looked. */
  private detectJump(): void {
    const jump = this.jumps.take();
    if (!jump) return;
    const { delta, slept } = jump;
    this.apply({ type: 'clock-jump', delta, ...(slept === undefined ? {} : { slept }) });
  }

  /**
   * Electron sends spurious suspend events and suspends without resumes (electron#44971, #16297):
   * still running well after one, with no sleep seen, means it never happened.
   */
  private checkSpuriousSuspend(): void {
    if (this.suspendMono === null || this.state.away?.cause !== 'suspend') return;
    if (this.options.clock.monotonic() - this.suspendMono < SPURIOUS_SUSPEND_MS) return;
    this.suspendMono = null;
    this.apply({ type: 'away-end', at: this.state.away.since });
  }

  /** A reading arrived that means something else: hold or release reminders, end an idle absence. */
  private presenceChanged(): void {
    if (this.disposed || !this.presence) return;
    // The hold first: a return noticed in the same step must not bring a reminder into the call.
    const { sittingThrough: sitting } = this.presence;
    this.apply({ type: 'presence', hold: this.presence.hold(this.options.clock.now()), sitting, mono: this.options.clock.monotonic() });
    this.sampleIdle(true);
    this.dispatch({ type: 'tick' });
  }

  private readIdleMs(): number | null {
    return this.idle.read(this.options.idle.idleSeconds(), this.options.clock.monotonic());
  }

  /** Hand the idle counter to the absence rules (common/absence.ts). `freshPresence`: a new reading just arrived (only a fresh "in a call" ends an absence). */
  private sampleIdle(freshPresence = false): void {
    const idleMs = this.readIdleMs();
    if (idleMs === null) return;
    const sitting = this.presence?.sittingThrough === true;
    this.apply({ type: 'idle-sample', idleMs, mono: this.options.clock.monotonic(), sitting, fresh: freshPresence });
  }

  private wake = (): void => {
    this.timer = null;
    this.wakeups++;
    // Clock changes first: an absence measured against a jumped clock would be wrong.
    this.detectJump();
    this.recheckConfig();
    this.sampleIdle();
    const mono = this.options.clock.monotonic();
    const due = this.presence !== null && this.reminderDueNow();
    this.presence?.poll(mono, due && this.presence.age(mono) > PRESENCE_LEAD_MS);
    if (due && this.presence?.pending && !this.waitedForPresence) {
      // Something is due: let the fresh reading arrive first (once), so no reminder lands on a
      // call that began since the last look.
      this.waitedForPresence = true;
      this.timer = this.options.timers.set(this.wake, PRESENCE_LEAD_MS);
      return;
    }
    this.waitedForPresence = false;
    this.dispatch({ type: 'tick' });
  };

  /** A flare-up phase ended: read the config again (on a wake, and when the window asks). */
  private recheckConfig(): void {
    const { recheckAt } = this.config;
    if (recheckAt !== null && this.options.clock.now() >= recheckAt && this.options.refreshConfig) this.updateConfig(this.options.refreshConfig());
  }

  private reminderDueNow(): boolean {
    const now = this.options.clock.now();
    const wake = nextWake(this.state, this.config, this.calendar, now);
    return wake !== null && wake <= now && !this.state.showing && blockedReason(this.state, now) === null;
  }

  private schedule(): void {
    if (this.disposed) return;
    if (this.timer !== null) this.options.timers.clear(this.timer);
    const now = this.options.clock.now();
    const blocked = blockedReason(this.state, now);
    let target = now + MAX_SLEEP_MS;
    const wake = nextWake(this.state, this.config, this.calendar, now);
    if (wake !== null) target = Math.min(target, wake);
    if (this.suspendMono !== null) target = Math.min(target, now + SPURIOUS_SUSPEND_MS);
    if (this.presence) {
      // While held, look for the end; while a reminder is up, for a call that would make it intrude.
      if (this.state.hold || this.state.showing) target = Math.min(target, now + HOLD_SAMPLE_MS);
    }
    if (this.idle.note === null && (blocked === null || blocked === 'away')) {
      // The soonest the user could have been idle for a whole break length, or, while away,
      // an unhurried look for their return (its time is read back from the idle counter).
      const idleCheck = this.state.away !== null ? AWAY_SAMPLE_MS : Math.max(30_000, this.config.breakLengthMs - this.idle.lastMs);
      target = Math.min(target, now + idleCheck);
    }
    this.timer = this.options.timers.set(this.wake, Math.max(MIN_DELAY_MS, target - now));
  }
}

/** How often the scheduler's runtime looks at the world: one timer, never a fixed tick. */

/** While away, look for the user's return this often; the return time is read back from idle. */
export const AWAY_SAMPLE_MS = 6 * 60_000;
/** Wake at least this often to notice clock jumps even when nothing is scheduled. */
export const MAX_SLEEP_MS = 10 * 60_000;
/** A suspend this long with the process still running and no sleep seen was not a suspend. */
export const SPURIOUS_SUSPEND_MS = 60_000;
export const MIN_DELAY_MS = 1_000;
/** While a call holds reminders, look for its end this often (the held break follows within a minute). */
export const HOLD_SAMPLE_MS = 30_000;
/** A reminder due with an older presence reading waits this long for a fresh one (probes are time-boxed to 1.5 s). */
export const PRESENCE_LEAD_MS = 2_000;
