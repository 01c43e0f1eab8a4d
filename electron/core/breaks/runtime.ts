import { localCalendar, nextWorkingBoundary, tomorrowMorning, type Calendar } from './calendar';
import type { BreakConfig } from './config';
import {
  blockedReason,
  initialState,
  nextWake,
  reduce,
  type BreakEffect,
  type BreakEvent,
  type BreakState,
  type Response,
  type Tier,
} from './machine';

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

export interface BreakStatus {
  /** The next reminder and when; null while reminders are held back. */
  next: { tier: Tier; at: number } | null;
  stretchAt: number;
  postureAt: number | null;
  blocked: ReturnType<typeof blockedReason>;
  pausedUntil: number | null;
  focus: boolean;
  showing: Tier | null;
  snoozesLeft: number;
  idleDetection: boolean;
  /** When reminders resume if they are held back by working hours. */
  workingResumesAt: number | null;
}

export interface RuntimeOptions {
  config: BreakConfig;
  clock: Clock;
  timers: Timers;
  idle: IdleSource;
  calendar?: Calendar;
  onEffect: (effect: BreakEffect) => void;
  onStatus?: (status: BreakStatus) => void;
}

/** A wall-clock move this far beyond real elapsed time is a sleep or a clock change. */
export const JUMP_THRESHOLD_MS = 30_000;
/** While away, look for the user's return this often. */
const AWAY_SAMPLE_MS = 30_000;
/** Wake at least this often to notice clock jumps even when nothing is scheduled. */
const MAX_SLEEP_MS = 15 * 60_000;
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
  private timer: unknown = null;
  private baseline: { wall: number; mono: number };
  private lastIdleMs = 0;
  private idleSupported = true;
  private awayByIdle = false;
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
    if (!showing || showing.tier !== 'stretch' || this.snoozesLeft() === 0) return false;
    this.respond(showing.id, 'snooze');
    return true;
  }
  skip(): void {
    if (this.state.showing) this.respond(this.state.showing.id, 'skip');
    else this.dispatch({ type: 'skip-next' });
  }
  startNow(): void {
    this.dispatch({ type: 'start-now' });
  }
  sessionFinished(): void {
    this.dispatch({ type: 'session-finished' });
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
    if (JSON.stringify(config) === JSON.stringify(this.config)) return;
    this.config = config;
    this.dispatch({ type: 'config-changed' });
  }
  powerEvent(name: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen'): void {
    const now = this.options.clock.now();
    if (name === 'suspend' || name === 'lock-screen') this.dispatch({ type: 'away-start', since: now });
    else {
      this.awayByIdle = false;
      this.dispatch({ type: 'away-end' });
    }
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

  private isStale(): boolean {
    const wall = this.options.clock.now();
    const drift = wall - this.baseline.wall - (this.options.clock.monotonic() - this.baseline.mono);
    if (Math.abs(drift) > JUMP_THRESHOLD_MS) return true;
    const s = this.state;
    if (s.showing || blockedReason(s, wall)) return s.pause !== null && wall >= s.pause.until;
    return s.stretch.dueAt <= wall || (this.config.postureEnabled && s.posture.dueAt <= wall);
  }

  private snapshot(): BreakStatus {
    const now = this.options.clock.now();
    const s = this.state;
    const blocked = blockedReason(s, now);
    const postureAt = this.config.postureEnabled ? s.posture.dueAt : null;
    let next: BreakStatus['next'] = null;
    if (!blocked && !s.showing) {
      next = postureAt !== null && postureAt < s.stretch.dueAt && s.stretch.dueAt - postureAt > 5 * 60_000
        ? { tier: 'posture', at: postureAt }
        : { tier: 'stretch', at: s.stretch.dueAt };
    }
    return {
      next,
      stretchAt: s.stretch.dueAt,
      postureAt,
      blocked,
      pausedUntil: s.pause && s.pause.until > now ? s.pause.until : null,
      focus: s.focus,
      showing: s.showing?.tier ?? null,
      snoozesLeft: this.snoozesLeft(),
      idleDetection: this.idleSupported,
      workingResumesAt: blocked === 'outside-hours' ? nextWorkingBoundary(this.config.workingHours, this.calendar, now) : null,
    };
  }

  get currentState(): Readonly<BreakState> {
    return this.state;
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
  private snoozesLeft(): number {
    return Math.max(0, this.config.maxSnoozes - this.state.stretch.snoozes);
  }

  private dispatch(event: BreakEvent): void {
    if (this.disposed) return;
    this.detectJump();
    this.apply(event);
    this.options.onStatus?.(this.snapshot());
    this.schedule();
  }

  private apply(event: BreakEvent): void {
    const step = reduce(this.state, event, this.config, this.calendar, this.options.clock.now());
    this.state = step.state;
    for (const effect of step.effects) this.options.onEffect(effect);
  }

  /** Compare how far wall time and real (monotonic) time moved since we last looked. */
  private detectJump(): void {
    const wall = this.options.clock.now();
    const mono = this.options.clock.monotonic();
    const delta = wall - this.baseline.wall - (mono - this.baseline.mono);
    this.baseline = { wall, mono };
    if (Math.abs(delta) > JUMP_THRESHOLD_MS) this.apply({ type: 'clock-jump', delta });
  }

  private sampleIdle(): void {
    const seconds = this.options.idle.idleSeconds();
    if (seconds === null || !Number.isFinite(seconds) || seconds < 0) {
      this.idleSupported = false;
      return;
    }
    this.idleSupported = true;
    const idleMs = seconds * 1000;
    this.lastIdleMs = idleMs;
    const now = this.options.clock.now();
    if (idleMs >= this.config.breakLengthMs && this.state.awaySince === null) {
      this.awayByIdle = true;
      this.apply({ type: 'away-start', since: now - idleMs });
    } else if (this.awayByIdle && idleMs < this.config.breakLengthMs) {
      this.awayByIdle = false;
      this.apply({ type: 'away-end' });
    }
  }

  private wake = (): void => {
    this.timer = null;
    this.wakeups++;
    // Clock changes first: an absence measured against a jumped clock would be wrong.
    this.detectJump();
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
    if (this.idleSupported && (blocked === null || blocked === 'away')) {
      // The soonest the user could have been idle for a whole break length, or, while away,
      // a regular look for their return.
      const idleCheck = this.state.awaySince !== null ? AWAY_SAMPLE_MS : Math.max(AWAY_SAMPLE_MS, this.config.breakLengthMs - this.lastIdleMs);
      target = Math.min(target, now + idleCheck);
    }
    this.timer = this.options.timers.set(this.wake, Math.max(MIN_DELAY_MS, target - now));
  }
}
