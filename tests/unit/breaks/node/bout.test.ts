import { describe, expect, it } from 'vitest';
import { offsetCalendar, configFromSettings } from '../../../../electron/breaks/common/config';
import { initialState, type BreakEvent, type BreakState } from '../../../../electron/breaks/common/state';
import { reduce } from '../../../../electron/breaks/node/machine';
import { DEFAULT_SETTINGS } from '../../../../electron/settings/common/schema';

/**
 * The absence and presence rules live in the pure machine (common/absence.ts, applied by
 * machine.ts): these drive `reduce` alone, with no runtime, no timers and no clocks but the
 * numbers in each event (issue 19: they used to live in runtime.ts).
 */
const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 8, 0, 0);
const config = configFromSettings({ ...DEFAULT_SETTINGS, postureChecksEnabled: false });
const calendar = offsetCalendar(() => 0);
/** Feed events at wall time T0 + `min` minutes; the monotonic clock runs with the wall. */
function feed(events: Array<[number, BreakEvent]>): BreakState {
  let state = initialState(config, calendar, T0);
  for (const [min, event] of events) state = reduce(state, event, config, calendar, T0 + min * MIN).state;
  return state;
}
const sample = (min: number, idleMin: number, sitting = false, fresh = false): [number, BreakEvent] => [min, { type: 'idle-sample', idleMs: idleMin * MIN, mono: min * MIN, sitting, fresh }];

describe('absence rules in the pure machine', () => {
  it('idle past the break length begins an absence where input stopped; input since it began ends it', () => {
    const away = feed([sample(10, 4)]);
    expect(away.away).toEqual({ since: T0 + 6 * MIN, cause: 'idle' });
    const back = feed([sample(10, 4), sample(16, 10), sample(22, 1)]); // last input a minute ago
    expect(back.away).toBeNull();
    expect(back.unsureAway).toEqual({ from: T0 + 6 * MIN, to: T0 + 18.5 * MIN }); // the middle of the last away look (16) and the input (21)
  });

  it('idle through a call is sitting: no absence begins during it, and only after it ends does idle count', () => {
    const inCall: [number, BreakEvent] = [5, { type: 'presence', hold: 'call', sitting: true, mono: 5 * MIN }];
    const during = feed([inCall, sample(40, 35, true)]);
    expect(during.away).toBeNull();
    const ended: [number, BreakEvent] = [40, { type: 'presence', hold: null, sitting: false, mono: 40 * MIN }];
    expect(feed([inCall, sample(39, 34, true), ended, sample(42, 37)]).away).toBeNull(); // 2 min since the call: not yet
    expect(feed([inCall, sample(39, 34, true), ended, sample(44, 39)]).away).toEqual({ since: T0 + 40 * MIN, cause: 'idle' });
  });

  it('in a call means at the desk: a fresh "in a call" reading ends an idle absence as no break', () => {
    const state = feed([sample(10, 4), [11, { type: 'presence', hold: 'call', sitting: true, mono: 11 * MIN }], sample(11, 5, true, true)]);
    expect(state.away).toBeNull();
    expect(state.sittingSince).toBe(T0); // the bout goes on
  });

  it('a lunch followed by a call is still a lunch: input since the absence is judged before the call', () => {
    const lunch = feed([sample(40, 4), sample(80, 44), [82, { type: 'presence', hold: 'call', sitting: true, mono: 82 * MIN }], sample(82, 1, true, true)]);
    expect(lunch.away).toBeNull();
    expect(lunch.sittingSince).toBeGreaterThan(T0 + 80 * MIN); // the lunch ended the bout
  });

  it('a lock begins the absence when input stopped; a sleep since a suspend ends it at the wake', () => {
    const locked = feed([[30, { type: 'screen-away', cause: 'lock', idleMs: 5 * MIN, mono: 30 * MIN }]]);
    expect(locked.away).toEqual({ since: T0 + 25 * MIN, cause: 'lock' });
    const woke = feed([[30, { type: 'screen-away', cause: 'suspend', idleMs: 0, mono: 30 * MIN }], [150, { type: 'clock-jump', delta: 120 * MIN, slept: true }]]);
    expect(woke.away).toBeNull();
    expect(woke.sittingSince).toBe(T0 + 150 * MIN);
  });
});

describe('one break resets the stretch cycle once', () => {
  for (const movesYou of [true, false]) {
    it(`from the reminder's Start to the session's end, the cycle restarts once, when the session ends (${movesYou ? 'a routine that gets you up' : 'a seated routine'})`, () => {
      let state = initialState(config, calendar, T0);
      const step = (min: number, event: BreakEvent) => (state = reduce(state, event, config, calendar, T0 + min * MIN).state);
      step(45, { type: 'tick' });
      const before = state.stretch.cycleStart;
      const starts = new Set<number>([before]);
      step(45.2, { type: 'respond', id: state.showing!.id, response: 'start' });
      starts.add(state.stretch.cycleStart);
      step(45.5, { type: 'session-started', tier: 'stretch', movesYou });
      starts.add(state.stretch.cycleStart);
      expect(state.stretch.dueAt).toBeGreaterThanOrEqual(T0 + 45.5 * MIN + config.stretchIntervalMs); // nothing due while the session runs
      step(48.5, { type: 'session-finished', tier: 'stretch', movesYou });
      starts.add(state.stretch.cycleStart);
      expect([...starts]).toEqual([before, T0 + 48.5 * MIN]);
      expect(state.stretch.dueAt).toBe(T0 + 48.5 * MIN + config.stretchIntervalMs);
    });
  }
});
