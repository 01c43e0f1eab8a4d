import { isWorkingTime, nextWorkingBoundary, type Calendar } from './calendar';
import { FOLD_WINDOW_MS, GRACE_MS, type BreakConfig } from './config';

/**
 * The break scheduler as a pure function of (state, event, config, now) → (state, effects).
 * All times are wall-clock epoch ms; the runtime turns wall-clock jumps and sleeps into events,
 * so nothing here reads a clock.
 */
export type Tier = 'stretch' | 'posture';

export interface TierState {
  /** When the current cycle began (last break, skip, return from a long absence). */
  cycleStart: number;
  dueAt: number;
  snoozes: number;
  /** dueAt for which a heads-up was already sent. */
  headsUpFor: number | null;
}

export interface BreakState {
  stretch: TierState;
  posture: TierState;
  pause: { until: number; kind: 'for' | 'until-morning' } | null;
  focus: boolean;
  /** Set while the user is away (locked, asleep, idle past the break length). */
  awaySince: number | null;
  /** The reminder on screen, waiting for an answer. Only one at a time, ever. */
  showing: { tier: Tier; id: number; at: number } | null;
  inWorkingHours: boolean;
  nextId: number;
}

export type Response = 'taken' | 'snooze' | 'skip' | 'timeout';

export type BreakEvent =
  | { type: 'tick' }
  | { type: 'away-start'; since: number }
  | { type: 'away-end' }
  /** The wall clock moved `delta` ms more than real time passed (sleep, or a clock change). */
  | { type: 'clock-jump'; delta: number }
  | { type: 'respond'; id: number; response: Response }
  | { type: 'start-now' }
  /** Skip the coming stretch break before it shows (tray). */
  | { type: 'skip-next' }
  | { type: 'session-finished' }
  | { type: 'pause'; until: number; kind: 'for' | 'until-morning' }
  | { type: 'resume' }
  | { type: 'focus'; on: boolean }
  | { type: 'config-changed' };

export type Activity = 'taken' | 'snoozed' | 'skipped' | 'natural-break';

export type BreakEffect =
  | { type: 'remind'; tier: Tier; kind: 'due'; id: number; snoozesLeft: number }
  | { type: 'remind'; tier: 'stretch'; kind: 'heads-up'; id: number; dueAt: number }
  | { type: 'withdraw'; id: number }
  | { type: 'activity'; tier: Tier; activity: Activity }
  | { type: 'snooze-refused' };

export interface Step {
  state: BreakState;
  effects: BreakEffect[];
}

const intervalOf = (tier: Tier, config: BreakConfig) =>
  tier === 'stretch' ? config.stretchIntervalMs : config.postureIntervalMs;

const freshTier = (now: number, interval: number): TierState => ({
  cycleStart: now,
  dueAt: now + interval,
  snoozes: 0,
  headsUpFor: null,
});

export function initialState(config: BreakConfig, calendar: Calendar, now: number): BreakState {
  return {
    stretch: freshTier(now, config.stretchIntervalMs),
    posture: freshTier(now, config.postureIntervalMs),
    pause: null,
    focus: false,
    awaySince: null,
    showing: null,
    inWorkingHours: isWorkingTime(config.workingHours, calendar, now),
    nextId: 1,
  };
}

function restart(state: BreakState, config: BreakConfig, now: number, tiers: Tier[] = ['stretch', 'posture']): BreakState {
  let next = state;
  for (const tier of tiers) next = { ...next, [tier]: freshTier(now, intervalOf(tier, config)) };
  return next;
}

/** Move a tier's deadline by `delta` (a short absence, a clock change); never into the past. */
function shift(tier: TierState, delta: number, now: number): TierState {
  const dueAt = Math.max(tier.dueAt + delta, now + (tier.dueAt + delta <= now ? GRACE_MS : 0));
  return { ...tier, cycleStart: tier.cycleStart + delta, dueAt, headsUpFor: tier.headsUpFor === null ? null : tier.headsUpFor + delta };
}

/** A deadline that passed while reminders were held back waits a grace period: no burst. */
function deferOverdue(state: BreakState, now: number): BreakState {
  const defer = (t: TierState): TierState => (t.dueAt <= now ? { ...t, dueAt: now + GRACE_MS } : t);
  return { ...state, stretch: defer(state.stretch), posture: defer(state.posture) };
}

function withdraw(state: BreakState, effects: BreakEffect[]): BreakState {
  if (!state.showing) return state;
  effects.push({ type: 'withdraw', id: state.showing.id });
  return { ...state, showing: null };
}

/** Back from an absence: long enough is a break taken (fresh cycle, nothing fires on return). */
function comeBack(state: BreakState, config: BreakConfig, now: number, awayMs: number, effects: BreakEffect[]): BreakState {
  let next: BreakState = { ...state, awaySince: null };
  if (awayMs >= config.breakLengthMs) {
    next = withdraw(next, effects);
    effects.push({ type: 'activity', tier: 'stretch', activity: 'natural-break' });
    return restart(next, config, now);
  }
  return { ...next, stretch: shift(next.stretch, awayMs, now), posture: shift(next.posture, awayMs, now) };
}

export function blockedReason(state: BreakState, now: number): 'paused' | 'focus' | 'away' | 'outside-hours' | null {
  if (state.pause && now < state.pause.until) return 'paused';
  if (state.focus) return 'focus';
  if (state.awaySince !== null) return 'away';
  if (!state.inWorkingHours) return 'outside-hours';
  return null;
}

function handle(state: BreakState, event: BreakEvent, config: BreakConfig, now: number, effects: BreakEffect[]): BreakState {
  switch (event.type) {
    case 'tick':
    case 'config-changed':
      if (event.type === 'config-changed') {
        // Keep the progress made in this cycle; a deadline already passed gets a grace period.
        const reset = (tier: Tier): TierState => {
          const t = state[tier];
          const dueAt = t.cycleStart + intervalOf(tier, config);
          return { ...t, dueAt: dueAt <= now ? now + GRACE_MS : dueAt, headsUpFor: null };
        };
        return { ...state, stretch: reset('stretch'), posture: reset('posture') };
      }
      return state;
    case 'away-start':
      if (state.awaySince !== null) return state;
      return { ...state, awaySince: Math.min(event.since, now) };
    case 'away-end':
      if (state.awaySince === null) return state;
      return comeBack(state, config, now, Math.max(0, now - state.awaySince), effects);
    case 'clock-jump': {
      if (event.delta > 0) {
        // Wall time ran on without us: asleep, or the clock was set forward. Either way the
        // user was not sitting through it; treat it as an absence that ended now.
        if (state.awaySince !== null) return state;
        return comeBack(state, config, now, event.delta, effects);
      }
      // The clock was set back: move every wall-clock deadline with it, so the time left is unchanged.
      const d = event.delta;
      return {
        ...state,
        stretch: shift(state.stretch, d, now),
        posture: shift(state.posture, d, now),
        pause: state.pause?.kind === 'for' ? { ...state.pause, until: state.pause.until + d } : state.pause,
        awaySince: state.awaySince === null ? null : state.awaySince + d,
      };
    }
    case 'respond': {
      const showing = state.showing;
      if (!showing || showing.id !== event.id) return state;
      const tier = showing.tier;
      const t = state[tier];
      let next: BreakState = { ...state, showing: null };
      const canSnooze = tier === 'stretch' && t.snoozes < config.maxSnoozes;
      if (event.response === 'snooze' && !canSnooze) {
        effects.push({ type: 'snooze-refused' });
        return state;
      }
      if (event.response === 'snooze' || (event.response === 'timeout' && canSnooze)) {
        if (event.response === 'snooze') effects.push({ type: 'activity', tier, activity: 'snoozed' });
        return { ...next, [tier]: { ...t, dueAt: now + config.snoozeMs, snoozes: t.snoozes + 1, headsUpFor: now + config.snoozeMs } };
      }
      if (event.response === 'taken' || event.response === 'skip') {
        effects.push({ type: 'activity', tier, activity: event.response === 'taken' ? 'taken' : 'skipped' });
      }
      next = restart(next, config, now, [tier]);
      if (tier === 'stretch') {
        // A stretch break covers posture too.
        next = { ...next, posture: { ...next.posture, dueAt: Math.max(next.posture.dueAt, now + config.postureIntervalMs) } };
      }
      return next;
    }
    case 'start-now': {
      let next = withdraw(state, effects);
      effects.push({ type: 'activity', tier: 'stretch', activity: 'taken' });
      next = restart(next, config, now, ['stretch']);
      return { ...next, posture: { ...next.posture, dueAt: Math.max(next.posture.dueAt, now + config.postureIntervalMs) } };
    }
    case 'skip-next': {
      effects.push({ type: 'activity', tier: 'stretch', activity: 'skipped' });
      return restart(withdraw(state, effects), config, now, ['stretch']);
    }
    case 'session-finished': {
      // The next cycle counts from the end of the session, not its start.
      const next = restart(state, config, now, ['stretch']);
      return { ...next, posture: { ...next.posture, dueAt: Math.max(next.posture.dueAt, now + config.postureIntervalMs) } };
    }
    case 'pause':
      return { ...withdraw(state, effects), pause: { until: Math.max(event.until, now), kind: event.kind } };
    case 'resume':
      // Reminders start a fresh cycle when a pause ends, early or on time; without a pause, nothing to do.
      if (!state.pause) return state;
      return restart({ ...state, pause: null }, config, now);
    case 'focus':
      if (event.on) return { ...withdraw(state, effects), focus: true };
      return state.focus ? deferOverdue({ ...state, focus: false }, now) : state;
  }
}

/** After any event: end a pause that ran out, follow working hours, and fire what is due. */
function settle(state: BreakState, config: BreakConfig, calendar: Calendar, now: number, effects: BreakEffect[]): BreakState {
  let next = state;
  if (next.pause && now >= next.pause.until) next = restart({ ...next, pause: null }, config, now);

  const working = isWorkingTime(config.workingHours, calendar, now);
  if (!working && next.inWorkingHours) next = withdraw({ ...next, inWorkingHours: false }, effects);
  if (working && !next.inWorkingHours) next = restart({ ...next, inWorkingHours: true }, config, now);

  if (next.showing || blockedReason(next, now)) return next;

  const { stretch, posture } = next;
  if (now >= stretch.dueAt) {
    const id = next.nextId;
    effects.push({ type: 'remind', tier: 'stretch', kind: 'due', id, snoozesLeft: Math.max(0, config.maxSnoozes - stretch.snoozes) });
    return { ...next, nextId: id + 1, showing: { tier: 'stretch', id, at: now } };
  }
  if (config.postureEnabled && now >= posture.dueAt) {
    if (stretch.dueAt - now <= FOLD_WINDOW_MS) {
      // Folded into the stretch break that is about to come.
      return { ...next, posture: { ...posture, dueAt: stretch.dueAt + config.postureIntervalMs } };
    }
    const id = next.nextId;
    effects.push({ type: 'remind', tier: 'posture', kind: 'due', id, snoozesLeft: 0 });
    return { ...next, nextId: id + 1, showing: { tier: 'posture', id, at: now } };
  }
  const headsUpAt = stretch.dueAt - config.headsUpMs;
  if (config.headsUpMs > 0 && now >= headsUpAt && now < stretch.dueAt - 5_000 && stretch.headsUpFor !== stretch.dueAt) {
    const id = next.nextId;
    effects.push({ type: 'remind', tier: 'stretch', kind: 'heads-up', id, dueAt: stretch.dueAt });
    return { ...next, nextId: id + 1, stretch: { ...stretch, headsUpFor: stretch.dueAt } };
  }
  return next;
}

export function reduce(state: BreakState, event: BreakEvent, config: BreakConfig, calendar: Calendar, now: number): Step {
  const effects: BreakEffect[] = [];
  const handled = handle(state, event, config, now, effects);
  return { state: settle(handled, config, calendar, now, effects), effects };
}

/** The next moment anything can happen by itself, or null if only the user can change things. */
export function nextWake(state: BreakState, config: BreakConfig, calendar: Calendar, now: number): number | null {
  const candidates: number[] = [];
  const boundary = nextWorkingBoundary(config.workingHours, calendar, now);
  if (boundary !== null) candidates.push(boundary);
  if (state.pause && state.pause.until > now) candidates.push(state.pause.until);
  const blocked = blockedReason(state, now);
  if (!blocked && !state.showing) {
    const { stretch, posture } = state;
    candidates.push(stretch.dueAt);
    if (config.postureEnabled) candidates.push(posture.dueAt);
    const headsUpAt = stretch.dueAt - config.headsUpMs;
    if (config.headsUpMs > 0 && stretch.headsUpFor !== stretch.dueAt && headsUpAt > now) candidates.push(headsUpAt);
  }
  const future = candidates.map((t) => Math.max(t, now));
  return future.length ? Math.min(...future) : null;
}
