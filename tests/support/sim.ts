import { offsetCalendar, type Calendar, configFromSettings, type BreakConfig } from '../../electron/breaks/common/config';
import type { BreakEffect, Response } from '../../electron/breaks/node/machine';
import { FakeClock } from './fake-clock';
import { BreakRuntime } from '../../electron/breaks/node/runtime';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/settings/common/schema';

export const MIN = 60_000;
/** Monday 2026-11-23 08:00 UTC. */
export const T0 = Date.UTC(2026, 10, 23, 8, 0, 0);

export interface Emitted {
  effect: BreakEffect;
  wall: number;
  /** Real time since the start, sleep included. */
  real: number;
}

/**
 * A fake machine: wall clock, monotonic clock (stops while asleep, like Linux), timers, and a
 * user whose input resets idle time. Time only moves when the test says so.
 */
export class Sim extends FakeClock {
  /** Monotonic time of the last input: OS idle counters do not jump with the wall clock. */
  lastInput = 0;
  idleSupported = true;
  readonly emitted: Emitted[] = [];
  readonly runtime: BreakRuntime;

  constructor(
    public config: BreakConfig = configFromSettings(DEFAULT_SETTINGS),
    public calendar: Calendar = offsetCalendar(() => 0),
  ) {
    super(T0);
    this.runtime = new BreakRuntime({
      config,
      calendar,
      clock: { now: () => this.wall, monotonic: () => this.mono },
      timers: this.timerPort,
      idle: { idleSeconds: () => (this.idleSupported ? Math.max(0, this.mono - this.lastInput) / 1000 : null) },
      onEffect: (effect) => this.emitted.push({ effect, wall: this.wall, real: this.real }),
    });
  }

  /** Let `ms` of real time pass with the user working (input all along) or away from the desk. */
  run(ms: number, mode: 'work' | 'idle' = 'work'): void {
    const end = this.mono + ms;
    for (;;) {
      const due = this.advanceToward(end);
      if (mode === 'work') this.lastInput = this.mono;
      if (!due) return;
      due();
    }
  }

  /** Suspend for `ms`: the wall clock runs on, the monotonic clock and timers stand still. */
  sleep(ms: number, withEvents: boolean): void {
    if (withEvents) this.runtime.powerEvent('suspend');
    this.asleep(ms);
    if (withEvents) this.runtime.powerEvent('resume');
    this.lastInput = this.mono;
  }

  due(tier?: 'stretch' | 'posture'): Emitted[] {
    return this.emitted.filter((e) => e.effect.type === 'remind' && e.effect.kind === 'due' && (!tier || e.effect.tier === tier));
  }

  /** Answer whatever reminder is on screen. */
  answer(response: Response): void {
    const showing = this.runtime.currentState.showing;
    if (showing) this.runtime.respond(showing.id, response);
  }

  static withSettings(patch: Partial<Settings>, calendar?: Calendar): Sim {
    return new Sim(configFromSettings({ ...DEFAULT_SETTINGS, ...patch }), calendar);
  }
}
