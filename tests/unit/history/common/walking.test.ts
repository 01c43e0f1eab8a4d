import { describe, expect, it } from 'vitest';
import { addDays, advanceRamp, RAMP_MET_SHARE, stepDown, stepUp, type RampEvidence, currentGoal, firstUsePlan, type WalkingPlan } from '../../../../electron/history/common/walking';
import { convertAmount, convertPlan } from '../../../../electron/history/common/walking-units';

/**
 * The ramp over 16 weeks on a fake calendar: each day the plan is brought up to date (as the home
 * card does), and the person walks what the scenario says against that day's goal.
 */
const START = '2026-01-05';
const WEEKS = 16;

interface Scenario {
  /** How much is walked on day `d` (0-based), given that day's goal. */
  walk: (d: number, goal: number) => number;
  /** Pain for the week starting on day `d`; null: none rated. */
  pain?: (week: number) => number | null;
  flareUpSince?: (d: number) => string | null;
}

function run(scenario: Scenario, plan: WalkingPlan = firstUsePlan(START)): { weekly: number[]; plan: WalkingPlan } {
  const walked = new Map<string, number>();
  const weekly: number[] = [];
  let current = plan;
  for (let d = 0; d <= WEEKS * 7; d++) {
    const today = addDays(START, d);
    const evidence: RampEvidence = {
      walkedOn: (day) => walked.get(day) ?? 0,
      weekPain: (from) => scenario.pain?.(Math.round((Date.parse(from) - Date.parse(START)) / (7 * 86_400_000))) ?? null,
      flareUpSince: scenario.flareUpSince?.(d) ?? null,
    };
    current = advanceRamp(current, today, evidence);
    if (d % 7 === 0) weekly.push(currentGoal(current));
    walked.set(today, scenario.walk(d, currentGoal(current)));
  }
  return { weekly, plan: current };
}

const metEveryDay: Scenario = { walk: (_d, goal) => goal };

describe('the walking goal grows on tolerance (16 weeks on a fake calendar)', () => {
  it('the default plan, met every day, grows a step each week up to the target and stays there', () => {
    const { weekly } = run(metEveryDay);
    expect(weekly.slice(0, 12)).toEqual([0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75, 3, 3]);
    expect(weekly.at(-1)).toBe(3);
  });

  it('grows when 5 of 7 days are met (70%), holds at 4 of 7', () => {
    expect(RAMP_MET_SHARE).toBe(0.7);
    const five = run({ walk: (d, goal) => (d % 7 < 5 ? goal : 0) }).weekly;
    expect(five[4]).toBe(1.5);
    const four = run({ walk: (d, goal) => (d % 7 < 4 ? goal : 0) }).weekly;
    expect(new Set(four)).toEqual(new Set([0.5]));
  });

  it('half-met weeks (half of each day’s goal) hold the goal', () => {
    expect(new Set(run({ walk: (_d, goal) => goal / 2 }).weekly)).toEqual(new Set([0.5]));
  });

  it('missed weeks hold the goal, never lower it; the next met week grows it again', () => {
    const missedThenMet = run({ walk: (d, goal) => (d < 28 ? 0 : goal) }).weekly;
    expect(missedThenMet.slice(0, 5)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(missedThenMet[5]).toBe(0.75);
  });

  it('rising pain holds the goal though it was met; steady pain lets it grow again', () => {
    // Weeks 0–3 at 3/10, then pain rises to 5 in week 4, then stays at 5.
    const { weekly } = run({ walk: (_d, goal) => goal, pain: (w) => (w < 4 ? 3 : 5) });
    expect(weekly.slice(0, 7)).toEqual([0.5, 0.75, 1, 1.25, 1.5, 1.5, 1.75]);
  });

  it('a flare in week 5 sets the goal one step lower, holds it through the flare, then grows from there', () => {
    // The flare-up begins on day 31 (week 5, counting from 1), and lasts seven days.
    const since = `${addDays(START, 31)}T09:00:00.000Z`;
    const { weekly } = run({ walk: (_d, goal) => goal, flareUpSince: (d) => (d >= 31 ? since : null) });
    expect(weekly.slice(0, 5)).toEqual([0.5, 0.75, 1, 1.25, 1.5]);
    // 1.5 → 1.25 at the flare, held for the weeks it touches, then 1.5 again: never the 1.75 the calendar gave.
    expect(weekly.slice(5, 8)).toEqual([1.25, 1.25, 1.5]);
    expect(weekly.at(-1)).toBeLessThan(run(metEveryDay).weekly.at(-1)! + 0.001);
  });

  it('one flare lowers the goal once, however often it is read', () => {
    const since = '2026-02-01T09:00:00.000Z';
    const plan = { ...firstUsePlan(START), ramp: { goal: 1.5, weekFrom: '2026-01-26' } };
    const evidence: RampEvidence = { walkedOn: () => 0, weekPain: () => null, flareUpSince: since };
    const once = advanceRamp(plan, '2026-02-01', evidence);
    expect(currentGoal(once)).toBe(1.25);
    expect(currentGoal(advanceRamp(once, '2026-02-01', evidence))).toBe(1.25);
    expect(currentGoal(advanceRamp(once, '2026-02-03', evidence))).toBe(1.25);
  });

  it('a step is about 10% and at least the unit’s smallest step; down undoes up; never below one step', () => {
    const plan = { unit: 'mi' as const, target: 3 };
    expect(stepUp(0.5, plan)).toBe(0.75);
    expect(stepUp(2.9, plan)).toBe(3);
    expect(stepDown(0.5, plan)).toBe(0.25);
    expect(stepDown(0.25, plan)).toBe(0.25);
    expect(stepUp(40, { unit: 'min', target: 60 })).toBe(45);
    expect(stepUp(55, { unit: 'min', target: 90 })).toBe(61);
    expect(stepDown(61, { unit: 'min' })).toBe(55);
  });

  it('a plan saved by an earlier release carries over at the goal it showed, then follows the new rule', () => {
    const old: WalkingPlan = { unit: 'mi', startDaily: 0.5, target: 3, startedOn: '2025-12-01' };
    const carried = advanceRamp(old, START, { walkedOn: () => 0, weekPain: () => null, flareUpSince: null });
    expect(carried.ramp).toEqual({ goal: 1.75, weekFrom: START });
    expect({ ...carried, ramp: undefined }).toEqual({ ...old, ramp: undefined });
  });
});

describe('switching units converts at 20 minutes a mile', () => {
  it('converts amounts between miles, kilometres and minutes', () => {
    expect(convertAmount(0.5, 'mi', 'min')).toBe(10);
    expect(convertAmount(3, 'mi', 'min')).toBe(60);
    expect(convertAmount(3, 'mi', 'km')).toBe(4.83);
    expect(convertAmount(30, 'min', 'mi')).toBe(1.5);
    expect(convertAmount(20, 'min', 'km')).toBe(1.61);
    expect(convertAmount(0.01, 'mi', 'min')).toBe(1);
  });

  it('never leaves "0.5 minutes": the default plan in minutes is 10 toward 60, its ramp converted too', () => {
    const plan = convertPlan({ ...firstUsePlan(START), ramp: { goal: 1.25, weekFrom: START } }, 'min');
    expect(plan).toMatchObject({ unit: 'min', startDaily: 10, target: 60, ramp: { goal: 25, weekFrom: START } });
    expect(convertPlan(plan, 'mi')).toMatchObject({ unit: 'mi', startDaily: 0.5, target: 3, ramp: { goal: 1.25 } });
  });

  it('a switch mid-ramp keeps growing from the converted goal', () => {
    const halfway = run(metEveryDay, firstUsePlan(START));
    const minutes = convertPlan({ ...halfway.plan, ramp: { ...halfway.plan.ramp!, goal: 1 } }, 'min');
    const { weekly } = run(metEveryDay, { ...minutes, ramp: { goal: 20, weekFrom: START } });
    expect(weekly.slice(0, 4)).toEqual([20, 25, 30, 35]);
    expect(weekly.at(-1)).toBe(60);
  });
});
