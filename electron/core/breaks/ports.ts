import type { Calendar } from './calendar';
import type { BreakConfig } from './config';
import type { BreakEffect } from './state';
import type { PresenceFeed } from './presence-watch';
import type { BreakStatus } from './status';

/** What the scheduler's runtime needs from the world: all injected, so tests replay any timeline. */
export interface Clock {
  /** Wall-clock epoch ms (Date.now). */
  now(): number;
  /** Monotonic ms (performance.now): does not jump when the wall clock is changed. */
  monotonic(): number;
  /**
   * Boot time in ms (Linux /proc/uptime): runs on through a suspend, unlike monotonic time, and is
   * not moved by setting the clock. Optional: without it a wall-clock jump forward is taken as a sleep.
   */
  boottime?(): number;
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
  /** Calls, presenting, do-not-disturb; read at the scheduler's own wake-ups. */
  presence?: PresenceFeed;
}

