import type { BreakConfig } from '../common/config';
import { freshTier, intervalOf, type Activity, type BreakEffect, type BreakState, type Tier, type TierState } from '../common/state';

/** Building blocks of the machine's rules; each returns a new state and may append effects. */

export function restart(state: BreakState, config: BreakConfig, now: number, tiers: readonly Tier[] = ['stretch', 'posture']): BreakState {
  let next = state;
  for (const tier of tiers) next = { ...next, [tier]: freshTier(now, intervalOf(tier, config)) };
  return next;
}

/** A stretch break covers posture too: the next posture check is a full interval away, at least. */
export function afterStretchBreak(state: BreakState, config: BreakConfig, now: number): BreakState {
  const next = restart(state, config, now, ['stretch']);
  return next.posture.dueAt >= now + config.postureIntervalMs ? next : restart(next, config, now, ['posture']);
}

/** A break of this tier was taken now: posture breaks never move the stretch cycle. */
export function breakTaken(state: BreakState, config: BreakConfig, tier: Tier, now: number): BreakState {
  return tier === 'stretch' ? afterStretchBreak(state, config, now) : restart(state, config, now, ['posture']);
}

/** Move a tier's deadline by `delta` (a short absence, a clock change); never into the past. */
export function shift(tier: TierState, delta: number, now: number): TierState {
  return {
    ...tier,
    cycleStart: tier.cycleStart + delta,
    dueAt: Math.max(tier.dueAt + delta, now),
    headsUpFor: tier.headsUpFor === null ? null : tier.headsUpFor + delta,
  };
}

/** A deadline that passed while reminders were held back waits a grace period: no burst. */
export function deferOverdue(state: BreakState, now: number, graceMs: number): BreakState {
  const defer = (t: TierState): TierState => (t.dueAt <= now ? { ...t, dueAt: now + graceMs } : t);
  return { ...state, stretch: defer(state.stretch), posture: defer(state.posture) };
}

/** Settle the reminder on screen (if any) with `activity`, and take it down. */
export function settleShowing(state: BreakState, activity: Activity, effects: BreakEffect[]): BreakState {
  if (!state.showing) return state;
  effects.push({ type: 'withdraw', id: state.showing.id });
  effects.push({ type: 'activity', tier: state.showing.tier, activity, reminderId: state.showing.id });
  return { ...state, showing: null };
}

/** A Start that was never followed by a session: settle it as missed. */
export function settlePendingStart(state: BreakState, effects: BreakEffect[]): BreakState {
  if (!state.pendingStart) return state;
  const { tier, id } = state.pendingStart;
  effects.push({ type: 'activity', tier, activity: 'missed', reminderId: id });
  return { ...state, pendingStart: null };
}

/**
 * New settings: a tier whose interval changed keeps the progress made in this cycle (its deadline
 * moves by the difference); a snoozed or missed reminder's deadline stays where it is.
 */
export function applyNewIntervals(state: BreakState, previous: BreakConfig, config: BreakConfig, now: number, graceMs: number): BreakState {
  const adjust = (tier: Tier): TierState => {
    const t = state[tier];
    const delta = intervalOf(tier, config) - intervalOf(tier, previous);
    if (delta === 0 || t.deferred) return t;
    const dueAt = t.dueAt + delta;
    return { ...t, dueAt: dueAt <= now ? now + graceMs : dueAt, headsUpFor: null };
  };
  return { ...state, stretch: adjust('stretch'), posture: adjust('posture') };
}
