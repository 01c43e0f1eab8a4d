import { IDLE_AWAY_MS, DUE_SKIP_REASK_MS, LONG_BOUT_MS, LONG_BOUT_SKIP_REASK_MS, MAX_MISSES, LONG_BOUT_MISS_REASK_MS, MISS_REASK_MS, MIN_REMINDER_GAP_MS, RETURN_SETTLE_MS, SKIP_REASK_MS, type BreakConfig } from '../common/config';
import { boutMs, freshTier, type BreakEffect, type BreakState, type TierState, intervalOf, type Activity, type Tier } from '../common/state';
import type { AbsenceWatch, AwayCause } from '../common/state';

export { boutMs, canSnooze } from '../common/state';

/**
 * The sitting bout is the scheduler's state: a stretch reminder is due when the bout reaches the
 * interval. These are the rules for what ends a bout (getting up: a session that moves you, a
 * lock or sleep of at least the break length, a long walk away, "I already moved", "I was away")
 * and what does not (skip, snooze, ignoring, a Start that leads nowhere, reading, calls).
 */

/**
 * The bout ended at `at` (the person got up); the next one begins at `nextFrom`, or later (null:
 * not sitting now, e.g. in a session that moves them). The stretch cycle starts with the new bout,
 * once; a posture check is at least a full interval away.
 */
export function endBout(
  state: BreakState,
  config: BreakConfig,
  at: number,
  nextFrom: number | null,
  now: number,
  effects: BreakEffect[],
): BreakState {
  if (state.sittingSince !== null && at > state.sittingSince)
    effects.push({ type: 'sitting', from: state.sittingSince, to: at });
  const from = nextFrom ?? now;
  const stretch = {
    ...freshTier(from, config.stretchIntervalMs),
    dueAt: Math.max(from + config.stretchIntervalMs, now),
  };
  const posture =
    state.posture.dueAt >= from + config.postureIntervalMs
      ? state.posture
      : { ...freshTier(from, config.postureIntervalMs), dueAt: Math.max(from + config.postureIntervalMs, now) };
  return { ...state, sittingSince: nextFrom, unsureAway: null, stretch, posture };
}

/** The stretch offer comes again `waitMs` from now; the bout (and the snoozes it spent) go on. */
export function askAgain(t: TierState, now: number, waitMs: number, patch: Partial<TierState> = {}): TierState {
  const dueAt = now + waitMs;
  return { ...t, dueAt, deferred: true, headsUpFor: dueAt, ...patch };
}

/**
 * How long after a skip the offer comes again: the longer you have sat, the sooner it asks —
 * SKIP_REASK_MS before the interval, half that once the bout reaches it, LONG_BOUT_SKIP_REASK_MS
 * from a quarter hour past it. The reminder states this wait.
 */
export function skipWaitMs(state: BreakState, config: BreakConfig, now: number): number {
  const bout = boutMs(state, now);
  if (bout >= config.stretchIntervalMs + LONG_BOUT_MS) return LONG_BOUT_SKIP_REASK_MS;
  return bout >= config.stretchIntervalMs ? DUE_SKIP_REASK_MS : SKIP_REASK_MS;
}

/**
 * Ignored: ask again MISS_REASK_MS after it appeared (it was probably not seen; a long bout, a
 * minute sooner); after MAX_MISSES in a row (perhaps nobody is there), after the skip wait (no
 * longer than a snooze). Never a whole new interval: the bout has not ended.
 */
export function afterMiss(state: BreakState, config: BreakConfig, shownAt: number, now: number): TierState {
  const t = state.stretch;
  const misses = t.misses + 1;
  if (misses >= MAX_MISSES) return askAgain(t, now, Math.min(config.snoozeMs, skipWaitMs(state, config, now)), { misses: 0 });
  const long = boutMs(state, now) >= config.stretchIntervalMs + LONG_BOUT_MS;
  const dueAt = Math.max(shownAt + (long ? LONG_BOUT_MISS_REASK_MS : MISS_REASK_MS), now + MIN_REMINDER_GAP_MS);
  return askAgain(t, now, dueAt - now, { misses });
}

/** "I was away from my desk": the unsure idle spell was a break; the bout since its end is what counts. */
export function confirmAway(state: BreakState, config: BreakConfig, now: number, effects: BreakEffect[]): BreakState {
  const spell = state.unsureAway;
  if (!spell) return state;
  effects.push({ type: 'activity', tier: 'stretch', activity: 'natural-break' });
  return endBout(state, config, spell.from, spell.to, now, effects);
}

/**
 * Back from an absence that ended at `at`. What it means depends on what the desktop said:
 * - a lock or sleep of at least the break length, or idle past IDLE_AWAY_MS: the person got up.
 *   The bout ends when the absence began; the next begins at the return; nothing fires on return.
 * - idle alone between the break length and IDLE_AWAY_MS: reading at the desk or a short walk, the
 *   app cannot know. The bout goes on and the next reminder offers "I was away from my desk".
 * - a short lock or sleep: the countdown (and a reminder's expiry) waits out the time away.
 */
export function comeBack(
  state: BreakState,
  config: BreakConfig,
  now: number,
  at: number,
  effects: BreakEffect[],
): BreakState {
  if (!state.away) return state;
  const { since, cause } = state.away;
  const awayMs = Math.max(0, at - since);
  const next: BreakState = { ...state, away: null };
  const gotUp = cause === 'idle' ? awayMs >= IDLE_AWAY_MS : awayMs >= config.breakLengthMs;
  if (gotUp) {
    effects.push({ type: 'activity', tier: 'stretch', activity: 'natural-break' });
    const ended = endBout(settleShowing(next, 'withdrawn', effects), config, since, at, now, effects);
    // The return may be noticed late (one unhurried look): never a reminder within a minute of it.
    return { ...ended, stretch: { ...ended.stretch, dueAt: Math.max(ended.stretch.dueAt, now + MIN_REMINDER_GAP_MS) } };
  }
  const settled = now + RETURN_SETTLE_MS;
  if (cause === 'idle') {
    const wait = (t: TierState): TierState => (t.dueAt < settled ? { ...t, dueAt: settled } : t);
    return { ...next, unsureAway: { from: since, to: at }, stretch: wait(next.stretch), posture: wait(next.posture) };
  }
  // A reminder on screen when the lid closed keeps its full two minutes: time asleep is not time to answer.
  const showing = next.showing ? { ...next.showing, at: next.showing.at + awayMs } : null;
  return {
    ...next,
    showing,
    stretch: shift(next.stretch, awayMs, settled),
    posture: shift(next.posture, awayMs, settled),
  };
}

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

/**
 * One owner of "a break was taken": a session's start, whichever way it was opened. It answers
 * the reminder whose Start opened it, or the one on screen; a stretch session also covers a
 * posture check waiting in either place. A session that gets the person up (standing, walking,
 * the floor) ends the sitting bout as it starts; one done in the chair does not. The stretch
 * cycle starts once, when the session ends: at its start the offer is only parked a full interval
 * away (the fallback should the session never report its end), nothing of the cycle reset.
 */
export function sessionStarted(
  state: BreakState,
  tier: Tier,
  movesYou: boolean,
  config: BreakConfig,
  now: number,
  effects: BreakEffect[],
): BreakState {
  // Starting a session is being at the desk: an absence still open has ended (before the session).
  let next = state.away ? comeBack(state, config, now, now, effects) : state;
  let reminderId: number | undefined;
  const covered = (r: { tier: Tier; id: number }) => {
    if (r.tier === tier && reminderId === undefined) reminderId = r.id;
    else effects.push({ type: 'activity', tier: r.tier, activity: 'taken', reminderId: r.id });
  };
  if (next.pendingStart && (next.pendingStart.tier === tier || tier === 'stretch')) {
    covered(next.pendingStart);
    next = { ...next, pendingStart: null };
  }
  if (next.showing && (next.showing.tier === tier || tier === 'stretch')) {
    effects.push({ type: 'withdraw', id: next.showing.id });
    covered(next.showing);
    next = { ...next, showing: null };
  }
  effects.push({ type: 'activity', tier, activity: 'taken', ...(reminderId !== undefined ? { reminderId } : {}) });
  next = { ...next, session: { tier, movesYou, since: now } };
  if (tier === 'posture') return restart(next, config, now, ['posture']);
  const parked = { ...next.stretch, dueAt: now + config.stretchIntervalMs, deferred: false, headsUpFor: null };
  if (movesYou) return { ...endBout(next, config, now, null, now, effects), stretch: parked };
  // A stretch break covers posture too: the next posture check is a full interval away, at least.
  const posture = next.posture.dueAt >= now + config.postureIntervalMs ? next.posture : restart(next, config, now, ['posture']).posture;
  return { ...next, stretch: parked, posture };
}

/**
 * The absence and presence rules, pure (issue 19: they used to live beside the clock handling in
 * runtime.ts). The runtime samples the world — the idle counter, presence, lock and sleep — and
 * hands each reading here with its monotonic time, which sleeps and clock changes do not move;
 * the machine applies what these rules decide (machine.ts). docs/scheduling.md, "Real life".
 */

/** What an absence rule decided: one began (`since`, wall ms), one ended (`at`), or nothing. */
export type AbsenceStep = { kind: 'start'; since: number; cause: AwayCause } | { kind: 'end'; at: number } | null;

/** One idle sample: ms since the last input, at monotonic `mono`; `sitting`: in a call or presenting; `fresh`: a new presence reading just arrived. */
export interface IdleSample {
  idleMs: number;
  mono: number;
  sitting: boolean;
  fresh: boolean;
}

/** Idle time that counts: sitting through a call is sitting, so an absence can only begin after the call. */
const countedIdle = (watch: AbsenceWatch, idleMs: number, mono: number): number => Math.min(idleMs, Math.max(0, mono - watch.sittingSeenMono));

/** An idle sample, judged. */
export function judgeIdle(state: BreakState, sample: IdleSample, breakLengthMs: number, now: number): { watch: AbsenceWatch; step: AbsenceStep } {
  const away = state.away;
  const watch = sample.sitting ? { ...state.watch, sittingSeenMono: sample.mono } : state.watch;
  const idleMs = away ? sample.idleMs : countedIdle(watch, sample.idleMs, sample.mono);
  if (away && watch.awayMono !== null && sample.mono - idleMs > watch.awayMono + 1_000) {
    // Input since the absence began: whatever started it (idle, a lock or suspend with no unlock
    // or resume), the user is back — even if a call has begun since (checked first, so a lunch
    // followed by a call is still a lunch). The idle counter gives the last input, not the first:
    // the return came between the last look that found the user away and the last input, so it
    // is taken as the middle of the two (off by at most half an unhurried look).
    const lastSeenAway = watch.awayUntil ?? away.since;
    return { watch, step: { kind: 'end', at: Math.max(lastSeenAway, lastSeenAway + (now - idleMs - lastSeenAway) / 2) } };
  }
  if (away && sample.sitting && sample.fresh) {
    // In a call or presenting with no input since: at the desk. An idle "absence" was the call
    // all along (no break); after a lock or suspend with no unlock or resume, the user is back.
    return { watch, step: { kind: 'end', at: away.cause === 'idle' ? away.since : (watch.awayUntil ?? away.since) } };
  }
  if (away) return { watch: { ...watch, awayUntil: now }, step: null }; // still away at this look
  if (idleMs >= breakLengthMs && !sample.sitting) {
    return { watch: { ...watch, awayMono: sample.mono - idleMs, awayUntil: now }, step: { kind: 'start', since: now - idleMs, cause: 'idle' } };
  }
  return { watch, step: null };
}

/** The screen locked or the machine is suspending: the absence began when input stopped (5 min idle + a 7-min lock is a 12-min break). */
export function judgeScreenAway(state: BreakState, cause: 'lock' | 'suspend', idleMs: number, mono: number, now: number): { watch: AbsenceWatch; step: AbsenceStep } {
  const counted = countedIdle(state.watch, idleMs, mono);
  const watch = state.away ? state.watch : { ...state.watch, awayMono: mono - counted, awayUntil: now };
  return { watch, step: { kind: 'start', since: now - counted, cause } };
}

/** A presence reading changed: a call that just ended was sitting up to now; one that just began, from now. */
export function presenceSeen(watch: AbsenceWatch, sitting: boolean, mono: number): AbsenceWatch {
  return { ...watch, sittingSeenMono: sitting || watch.wasSitting ? mono : watch.sittingSeenMono, wasSitting: sitting };
}
