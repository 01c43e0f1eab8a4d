import {
  IDLE_AWAY_MS,
  DUE_SKIP_REASK_MS,
  LONG_BOUT_MS,
  LONG_BOUT_SKIP_REASK_MS,
  MAX_MISSES,
  LONG_BOUT_MISS_REASK_MS,
  MISS_REASK_MS,
  MIN_REMINDER_GAP_MS,
  RETURN_SETTLE_MS,
  SKIP_REASK_MS,
  type BreakConfig,
} from '../common/config';
import { boutMs, freshTier, type BreakEffect, type BreakState, type TierState } from '../common/state';

export { boutMs, canSnooze } from '../common/state';
import { settleShowing, shift } from './transitions';

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
