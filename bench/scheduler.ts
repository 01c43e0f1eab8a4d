import { offsetCalendar } from '../electron/core/breaks/calendar';
import { configFromSettings } from '../electron/core/breaks/config';
import { BreakRuntime } from '../electron/core/breaks/runtime';
import { DEFAULT_SETTINGS } from '../electron/core/settings/schema';

/** A fake machine whose time only moves when told: wakeups are counted, not timed. */
function fakeMachine() {
  const m = { wall: Date.UTC(2026, 10, 23, 9), mono: 0, lastInput: 0, timer: null as null | { at: number; cb: () => void } };
  const runtime = new BreakRuntime({
    config: configFromSettings(DEFAULT_SETTINGS),
    calendar: offsetCalendar(() => 0),
    clock: { now: () => m.wall, monotonic: () => m.mono },
    timers: {
      set: (cb, ms) => (m.timer = { at: m.mono + ms, cb }),
      clear: () => (m.timer = null),
    },
    idle: { idleSeconds: () => (m.mono - m.lastInput) / 1000 },
    onEffect: () => {},
  });
  const run = (ms: number) => {
    const end = m.mono + ms;
    while (m.timer && m.timer.at <= end) {
      const { at, cb } = m.timer;
      m.wall += at - m.mono;
      m.mono = at;
      m.lastInput = m.mono; // typing all along
      m.timer = null;
      cb();
    }
    m.wall += end - m.mono;
    m.mono = end;
    m.lastInput = m.mono;
  };
  return { runtime, run };
}

export function benchScheduler() {
  // Timer callbacks in one hour of desk work between breaks (the anchors run 3,600–10,800).
  const hour = fakeMachine();
  hour.run(60 * 60_000);
  const wakeups = hour.runtime.wakeups;
  hour.runtime.dispose();

  // Heap after 10,000 break cycles (remind → taken) compared with before.
  const gc = (globalThis as { gc?: () => void }).gc;
  const cycles = fakeMachine();
  const cycle = () => {
    cycles.runtime.sessionStarted('stretch'); // a session started: the reminder on screen goes, a new cycle begins
    cycles.run(46 * 60_000); // …and the next break comes due
  };
  for (let i = 0; i < 1_000; i++) cycle(); // warm up first, so compiled code is not counted
  gc?.();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 10_000; i++) cycle();
  gc?.();
  const after = process.memoryUsage().heapUsed;
  cycles.runtime.dispose();

  return {
    scheduler_wakeups_per_idle_hour: wakeups,
    scheduler_heap_growth_mb_10k_breaks: Math.round(((after - before) / 1024 / 1024) * 100) / 100,
  };
}
