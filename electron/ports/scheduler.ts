// The scheduler's ports: the clock, the one armed timer, the idle source and the power events.
// Adapters: real timers and Electron's powerMonitor (electron/app, electron/main); fake ones in tests.

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
