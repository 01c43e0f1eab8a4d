import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingTime, offsetCalendar, configFromSettings, GRACE_MS } from '../../../../electron/breaks/common/config';
import type { Response } from '../../../../electron/breaks/node/machine';
import { JUMP_THRESHOLD_MS } from '../../../../electron/breaks/node/runtime';
import { DEFAULT_SETTINGS } from '../../../../electron/settings/common/schema';
import { MIN, Sim, T0 } from '../../../support/sim';

/** Timelines per run: work, idle, locks, sleeps, clock jumps, DST, pauses, focus and answers. */
export const TIMELINES = Number(process.env["TIMELINES"] ?? 1_000);

const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const op = fc.oneof(
  w(
    8,
    fc.record({
      kind: fc.constant('work' as const),
      ms: fc.integer({ min: 1_000, max: 120 * MIN }),
      // Desk work is broken up by answering whatever pops up, as people do.
      answerEvery: fc.option(fc.integer({ min: 30_000, max: 10 * MIN }), { nil: undefined }),
      response: fc.constantFrom('start', 'done', 'snooze', 'skip', 'timeout'),
    }),
  ),
  w(6, fc.record({ kind: fc.constant('answer' as const), response: fc.constantFrom('start', 'done', 'snooze', 'skip', 'timeout') })),
  w(2, fc.record({ kind: fc.constant('idle' as const), ms: fc.integer({ min: 1_000, max: 40 * MIN }) })),
  w(2, fc.record({ kind: fc.constant('lock' as const), ms: fc.integer({ min: 1_000, max: 30 * MIN }) })),
  w(1, fc.record({ kind: fc.constant('sleep' as const), ms: fc.integer({ min: 1_000, max: 14 * 60 * MIN }), events: fc.boolean() })),
  w(1, fc.record({ kind: fc.constant('jump' as const), ms: fc.integer({ min: -3 * 60 * MIN, max: 3 * 60 * MIN }) })),
  w(1, fc.record({ kind: fc.constant('pause' as const), ms: fc.integer({ min: MIN, max: 120 * MIN }) })),
  w(1, fc.record({ kind: fc.constant('resume' as const) })),
  w(1, fc.record({ kind: fc.constant('focus' as const), on: fc.boolean() })),
  w(1, fc.record({ kind: fc.constant('start-now' as const) })),
);

const scenario = fc.record({
  stretchIntervalMin: fc.integer({ min: 10, max: 90 }),
  postureIntervalMin: fc.integer({ min: 5, max: 60 }),
  postureChecksEnabled: fc.boolean(),
  breakLengthMin: fc.integer({ min: 1, max: 10 }),
  headsUpSec: fc.constantFrom(0, 30, 60, 120),
  snoozeMin: fc.integer({ min: 1, max: 15 }),
  maxSnoozes: fc.integer({ min: 0, max: 5 }),
  hoursOn: fc.boolean(),
  startHour: fc.integer({ min: 0, max: 12 }),
  dstAtMin: fc.integer({ min: 0, max: 24 * 60 }),
  dstShift: fc.constantFrom(-60, 0, 60),
  ops: fc.array(op, { minLength: 1, maxLength: 40 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
const totals = { due: 0, snoozed: 0, sleeps: 0 };

export function play(s: Scenario, trace?: (sim: Sim) => void) {
  const hours = {
    enabled: s.hoursOn,
    days: [0, 1, 2, 3, 4, 5, 6].map((d) => ({ enabled: d !== 0, start: `${String(s.startHour).padStart(2, '0')}:00`, end: '20:00' })),
  };
  const settings = { ...DEFAULT_SETTINGS, ...s, workingHours: hours };
  const config = configFromSettings(settings);
  const dstAt = T0 + s.dstAtMin * MIN;
  const calendar = offsetCalendar((ms) => (ms >= dstAt ? s.dstShift * MIN : 0));
  const sim = new Sim(config, calendar);

  // The test's own record of what the user asked for, to judge each reminder independently.
  let pausedUntil: number | null = null;
  let focus = false;
  let wokeFromLongSleepAt: number | null = null;
  const lastDue: Record<string, { real: number; snoozedSince: boolean } | undefined> = {};
  let checked = 0;
  let clockChanged = false;

  const judge = () => {
    // Reading the status brings the runtime up to date (it may fire what is due), so read it first.
    const status = sim.runtime.status();
    if (status.next) expect(status.next.at).toBeGreaterThanOrEqual(sim.wall);
    trace?.(sim);
    for (const e of sim.emitted.slice(checked)) {
      checked++;
      const effect = e.effect;
      if (effect.type === 'activity') {
        // Snoozed, skipped, missed or withdrawn: asked again sooner (a snooze, the skip wait or a grace
        // later, the bout going on); anything else restarts the cycle.
        const again = effect.activity === 'snoozed' || effect.activity === 'skipped' || effect.activity === 'missed' || effect.activity === 'withdrawn';
        if (again && lastDue[effect.tier]) lastDue[effect.tier]!.snoozedSince = true;
        // A break without a reminder starts the new bout at the last look that found the user away,
        // and the return is noticed at the next look: up to two unhurried looks (6 min each) apart.
        if (!again) lastDue[effect.tier] = { real: e.real - (effect.activity === 'natural-break' ? 12 * MIN + 30_000 : 0), snoozedSince: false };
        if (effect.activity === 'snoozed') totals.snoozed++;
        continue;
      }
      if (effect.type !== 'remind' || effect.kind !== 'due') continue;
      const tier = effect.tier;
      // Never inside a pause, in focus mode, or outside working hours.
      expect(pausedUntil === null || e.wall >= pausedUntil).toBe(true);
      expect(focus).toBe(false);
      expect(isWorkingTime(config.workingHours, calendar, e.wall)).toBe(true);
      // A long sleep never fires on wake.
      if (wokeFromLongSleepAt !== null) expect(e.real - wokeFromLongSleepAt).toBeGreaterThanOrEqual(60_000);
      // No burst: one reminder per tier per interval, unless it was snoozed, missed or withdrawn (then not sooner than the snooze or grace).
      const previous = lastDue[tier];
      if (previous) {
        const gap = e.real - previous.real;
        const interval = tier === 'stretch' ? config.stretchIntervalMs : config.postureIntervalMs;
        const floor = previous.snoozedSince ? Math.min(config.snoozeMs, GRACE_MS) : interval;
        // Clock changes smaller than the detection threshold are not corrected (by design).
        expect(gap).toBeGreaterThanOrEqual(floor - (clockChanged ? JUMP_THRESHOLD_MS : 0));
      }
      lastDue[tier] = { real: e.real, snoozedSince: false };
      totals.due++;
    }
    // Never more than one timer armed.
    expect(sim.maxArmed).toBeLessThanOrEqual(1);
  };

  const answer = (response: Response) => {
    judge();
    const showing = sim.runtime.currentState.showing;
    if (!showing) return;
    const stretchBefore = JSON.stringify(sim.runtime.currentState.stretch);
    const emittedBefore = sim.emitted.length;
    sim.answer(response);
    // Start opens the session, which is what records the break.
    if (response === 'start') sim.runtime.sessionStarted(showing.tier, true);
    // Posture checks never move the stretch cycle, whatever the answer — unless the answer is the
    // first input after an idle spell long enough to be a walk away (found at 10x: a posture check
    // shown 24 min into 25 min without input), whose end is a break of its own.
    const walkedAway = sim.emitted.slice(emittedBefore).some((e) => e.effect.type === 'activity' && e.effect.activity === 'natural-break');
    if (showing.tier === 'posture' && !walkedAway) expect(JSON.stringify(sim.runtime.currentState.stretch)).toBe(stretchBefore);
  };

  for (const o of s.ops) {
    switch (o.kind) {
      case 'work': {
        if (o.answerEvery === undefined) {
          sim.run(o.ms, 'work');
          break;
        }
        for (let left = o.ms; left > 0; left -= o.answerEvery) {
          sim.run(Math.min(left, o.answerEvery), 'work');
          judge();
          answer(o.response);
        }
        break;
      }
      case 'idle':
        sim.run(o.ms, o.kind);
        break;
      case 'lock':
        sim.runtime.powerEvent('lock-screen');
        sim.run(o.ms, 'idle');
        sim.runtime.powerEvent('unlock-screen');
        break;
      case 'sleep':
        sim.sleep(o.ms, o.events);
        totals.sleeps++;
        if (o.ms >= config.breakLengthMs) wokeFromLongSleepAt = sim.real;
        break;
      case 'jump':
        sim.jump(o.ms);
        clockChanged = true;
        if (pausedUntil !== null && o.ms < 0) pausedUntil += o.ms;
        break;
      case 'answer':
        answer(o.response);
        break;
      case 'pause':
        sim.runtime.pause(o.ms);
        pausedUntil = sim.wall + o.ms;
        break;
      case 'resume':
        judge();
        if (sim.runtime.currentState.pause) {
          lastDue['stretch'] = { real: sim.real, snoozedSince: false };
          lastDue['posture'] = { real: sim.real, snoozedSince: false };
        }
        sim.runtime.resume();
        pausedUntil = null;
        break;
      case 'focus':
        sim.runtime.setFocus(o.on);
        focus = o.on;
        break;
      case 'start-now':
        judge();
        sim.runtime.sessionStarted('stretch', true);
        break;
    }
    judge();
    if (o.kind === 'work' || o.kind === 'idle' || o.kind === 'lock') {
      // Only after real time has passed since waking does the "on wake" window close.
      if (wokeFromLongSleepAt !== null && sim.real - wokeFromLongSleepAt >= 60_000) wokeFromLongSleepAt = null;
    }
  }
  sim.runtime.dispose();
}

describe('the scheduler over random timelines', () => {
  it(`keeps every rule over ${TIMELINES} timelines`, () => {
    fc.assert(fc.property(scenario, (s) => play(s)), { numRuns: TIMELINES });
    console.log(`scheduler properties: ${TIMELINES} timelines, ${totals.due} reminders judged, ${totals.snoozed} snoozes, ${totals.sleeps} sleeps`);
    // The timelines must actually exercise reminders, or the rules above prove nothing.
    expect(totals.due).toBeGreaterThan(TIMELINES);
  }, Math.max(60_000, TIMELINES * 60)); // TIMELINES=10000 (10x) takes over three minutes on a loaded machine
});
