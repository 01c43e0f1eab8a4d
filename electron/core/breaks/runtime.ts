import { localCalendar, tomorrowMorning, type Calendar } from './calendar';
import type { BreakConfig } from './config';
import { IdleWatch } from './idle-watch';
import { blockedReason, initialState, nextWake, reduce, type BreakEffect, type BreakEvent, type BreakState, type Response, type Tier } from './machine';
import { snoozesLeft, statusOf, type BreakStatus } from './status';

export type { BreakStatus } from './status';

export interface Clock {
  /** Wall-clock epoch ms (Date.now). */
  now(): number;
  /** Monotonic ms (performance.now): does not jump when the wall clock is changed. */
  monotonic(): number;
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface IdleSource {
  /** Seconds since the last input, or null when the OS cannot tell (e.g. Wayland). */
  idleSeconds(): number | null;
}

export type PowerEventName = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';

export interface RuntimeOptions {
  config: BreakConfig;
  clock: Clock;
  timers: Timers;
  idle: IdleSource;
  calendar?: Calendar;
  onEffect: (effect: BreakEffect) => void;
  onStatus?: (status: BreakStatus) => void;
  /** A fresh config once `config.recheckAt` has passed (a flare-up phase changed). */
  refreshConfig?: () => BreakConfig;
}

/** A wall-clock move this far beyond real elapsed time is a sleep or a clock change. */
export const JUMP_THRESHOLD_MS = 30_000;
/** While away, look for the user's return this often; the return time is read back from idle. */
const AWAY_SAMPLE_MS = 6 * 60_000;
/** Wake at least this often to notice clock jumps even when nothing is scheduled. */
const MAX_SLEEP_MS = 10 * 60_000;
/** A suspend this long with the process still running and no sleep seen was not a suspend. */
const SPURIOUS_SUSPEND_MS = 60_000;
const MIN_DELAY_MS = 1_000;

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
  private timer: unknown = null;
  private baseline: { wall: number; mono: number };
  /** Monotonic time of the suspend event that began the current absence, if one did. */
  private suspendMono: number | null = null;
  /** Monotonic time the current absence began: the idle counter does not jump with the wall clock. */
  private awayMono: number | null = null;
  /** The last wall time an idle sample proved the user still away (their return came after it). */
  private awayUntil: number | null = null;
  private disposed = false;
  /** Timer callbacks run so far (the benchmark counts them). */
  wakeups = 0;

  constructor(private readonly options: RuntimeOptions) {
    this.config = options.config;
    this.calendar = options.calendar ?? localCalendar;
    const now = options.clock.now();
    this.state = initialState(this.config, this.calendar, now);
    this.baseline = { wall: now, mono: options.clock.monotonic() };
    this.sampleIdle();
    this.dispatch({ type: 'tick' });
  }

  // ── user controls ─────────────────────────────────────────────
  respond(id: number, response: Response): void {
    this.dispatch({ type: 'respond', id, response });
  }
  /** Snooze the stretch break on screen; false when the limit is reached. */
  snooze(): boolean {
    const showing = this.state.showing;
    if (!showing || showing.tier !== 'stretch' || snoozesLeft(this.state, this.config) === 0) return false;
    this.respond(showing.id, 'snooze');
    return true;
  }
  skip(): void {
    if (this.state.showing) this.respond(this.state.showing.id, 'skip');
    else this.dispatch({ type: 'skip-next' });
  }
  sessionStarted(tier: Tier): void {
    this.dispatch({ type: 'session-started', tier });
  }
  sessionFinished(tier: Tier): void {
    this.dispatch({ type: 'session-finished', tier });
  }
  pause(choice: number | 'tomorrow'): void {
    const now = this.options.clock.now();
    if (choice === 'tomorrow') {
      this.dispatch({ type: 'pause', until: tomorrowMorning(this.config.workingHours, this.calendar, now), kind: 'until-morning' });
    } else this.dispatch({ type: 'pause', until: now + choice, kind: 'for' });
  }
  resume(): void {
    this.dispatch({ type: 'resume' });
  }
  setFocus(on: boolean): void {
    this.dispatch({ type: 'focus', on });
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
      // The absence began when input stopped, not when the screen locked.
      const idleMs = this.readIdleMs() ?? 0;
      const mono = this.options.clock.monotonic();
      if (name === 'suspend') this.suspendMono = mono;
      if (!this.state.away) {
        this.awayMono = mono - idleMs;
        this.awayUntil = now;
      }
      this.dispatch({ type: 'away-start', since: now - idleMs, cause: name === 'suspend' ? 'suspend' : 'lock' });
    } else this.endAway(now);
  }
  /** Re-check the clocks now (e.g. the window was opened), so a stale countdown is never shown. */
  refresh(): void {
    this.detectJump();
    this.sampleIdle();
    this.dispatch({ type: 'tick' });
  }

  /**
   * The current status, brought up to date first: if the machine slept or the clock changed
   * since the last wake, or a deadline has passed, that is handled now, so a reader never sees a
   * stale, stuck or negative countdown.
   */
  status(): BreakStatus {
    if (!this.disposed && this.isStale()) this.refresh();
    return this.snapshot();
  }

  get currentState(): Readonly<BreakState> {
    return this.state;
  }

  get currentConfig(): Readonly<BreakConfig> {
    return this.config;
  }

  /** How many timers are armed right now: always 0 or 1 (tests check this). */
  get armedTimers(): number {
    return this.timer === null ? 0 : 1;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) this.options.timers.clear(this.timer);
    this.timer = null;
  }

  // ── internals ─────────────────────────────────────────────────
  private isStale(): boolean {
    const wall = this.options.clock.now();
    const drift = wall - this.baseline.wall - (this.options.clock.monotonic() - this.baseline.mono);
    if (Math.abs(drift) > JUMP_THRESHOLD_MS) return true;
    const wake = nextWake(this.state, this.config, this.calendar, wall);
    return wake !== null && wake <= wall;
  }

  private snapshot(): BreakStatus {
    return statusOf(this.state, this.config, this.calendar, this.options.clock.now(), this.idle.note);
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
    if (!this.state.away) this.suspendMono = this.awayMono = this.awayUntil = null;
    for (const effect of step.effects) this.options.onEffect(effect);
  }

  private endAway(at: number): void {
    this.suspendMono = null;
    this.dispatch({ type: 'away-end', at });
  }

  /** Compare how far wall time and real (monotonic) time moved since we last looked. */
  private detectJump(): void {
    const wall = this.options.clock.now();
    const mono = this.options.clock.monotonic();
    const delta = wall - this.baseline.wall - (mono - this.baseline.mono);
    this.baseline = { wall, mono };
    if (Math.abs(delta) <= JUMP_THRESHOLD_MS) return;
    if (delta > 0 && this.state.away?.cause === 'suspend') {
      // Asleep since the suspend event, and running again now: the absence ends here.
      this.suspendMono = null;
      this.apply({ type: 'away-end', at: wall });
    } else this.apply({ type: 'clock-jump', delta });
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

  private readIdleMs(): number | null {
    return this.idle.read(this.options.idle.idleSeconds(), this.options.clock.now());
  }

  private sampleIdle(): void {
    const idleMs = this.readIdleMs();
    if (idleMs === null) return;
    const now = this.options.clock.now();
    const mono = this.options.clock.monotonic();
    const away = this.state.away;
    if (away && this.awayMono !== null && mono - idleMs > this.awayMono + 1_000) {
      // Input since the absence began: whatever started it (idle, a lock or suspend with no
      // unlock or resume), the user is back. The idle counter gives the last input, not the
      // first, so the absence is taken to end at the last moment it was known to last.
      const at = this.awayUntil ?? away.since;
      this.suspendMono = null;
      this.apply({ type: 'away-end', at });
    } else if (away) {
      this.awayUntil = now;
    } else if (idleMs >= this.config.breakLengthMs) {
      this.awayMono = mono - idleMs;
      this.awayUntil = now;
      this.apply({ type: 'away-start', since: now - idleMs, cause: 'idle' });
    }
  }

  private wake = (): void => {
    this.timer = null;
    this.wakeups++;
    // Clock changes first: an absence measured against a jumped clock would be wrong.
    this.detectJump();
    const { recheckAt } = this.config;
    if (recheckAt !== null && this.options.clock.now() >= recheckAt && this.options.refreshConfig) {
      this.updateConfig(this.options.refreshConfig());
    }
    this.sampleIdle();
    this.dispatch({ type: 'tick' });
  };

  private schedule(): void {
    if (this.disposed) return;
    if (this.timer !== null) this.options.timers.clear(this.timer);
    const now = this.options.clock.now();
    const blocked = blockedReason(this.state, now);
    let target = now + MAX_SLEEP_MS;
    const wake = nextWake(this.state, this.config, this.calendar, now);
    if (wake !== null) target = Math.min(target, wake);
    if (this.suspendMono !== null) target = Math.min(target, now + SPURIOUS_SUSPEND_MS);
    if (this.idle.note === null && (blocked === null || blocked === 'away')) {
      // The soonest the user could have been idle for a whole break length, or, while away,
      // an unhurried look for their return (its time is read back from the idle counter).
      const idleCheck = this.state.away !== null ? AWAY_SAMPLE_MS : Math.max(30_000, this.config.breakLengthMs - this.idle.lastMs);
      target = Math.min(target, now + idleCheck);
    }
    this.timer = this.options.timers.set(this.wake, Math.max(MIN_DELAY_MS, target - now));
  }
}
