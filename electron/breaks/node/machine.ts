import { isWorkingTime, nextWorkingBoundary, type Calendar, END_OF_DAY_QUIET_MS, FOLD_WINDOW_MS, GRACE_MS, HOLD_RELEASE_MS, MIN_REMINDER_GAP_MS, PENDING_START_MS, REMINDER_TIMEOUT_MS, SESSION_MAX_MS, SKIP_REASK_MS, START_REASK_MS, type BreakConfig } from '../common/config';
import { blockedReason, type BreakEffect, type BreakEvent, type AwayCause, type BreakState, type HoldKind, type Response } from '../common/state';
import { afterMiss, askAgain, boutMs, canSnooze, comeBack, confirmAway, endBout, skipWaitMs, afterStretchBreak, applyNewIntervals, deferOverdue, restart, settlePendingStart, settleShowing, shift, sessionStarted, judgeIdle, judgeScreenAway, presenceSeen, type AbsenceStep } from './bout';

export * from '../common/state';

/**
 * The break scheduler as a pure function of (state, event, config, now) → (state, effects).
 * The runtime turns wall-clock jumps and sleeps into events, so nothing here reads a clock.
 * docs/scheduling.md states every rule; tests/unit/breaks holds each one.
 */
export interface Step {
  state: BreakState;
  effects: BreakEffect[];
}

function answer(state: BreakState, id: number, response: Response, config: BreakConfig, now: number, effects: BreakEffect[]): BreakState {
  const showing = state.showing;
  if (!showing || showing.id !== id) return state;
  const { tier } = showing;
  const t = state[tier];
  // Every answer takes the reminder down everywhere (a tray Skip must close the notification too).
  const settled = (activity: 'taken' | 'snoozed' | 'skipped' | 'missed' | 'moved' | 'natural-break') =>
    effects.push({ type: 'withdraw', id }, { type: 'activity', tier, activity, reminderId: id });
  const next: BreakState = { ...state, showing: null };
  // Posture checks have their own small cycle: any answer starts it over.
  if (tier === 'posture' && response !== 'snooze' && response !== 'moved' && response !== 'away') {
    if (response === 'start') return restart({ ...settlePendingStart(next, effects), pendingStart: { tier, id, at: now } }, config, now, ['posture']);
    settled(response === 'done' ? 'taken' : response === 'skip' ? 'skipped' : 'missed');
    return restart(next, config, now, ['posture']);
  }
  switch (response) {
    case 'snooze': {
      if (tier !== 'stretch' || !canSnooze(state, config, now)) {
        effects.push({ type: 'snooze-refused' });
        return state;
      }
      settled('snoozed');
      return { ...next, stretch: askAgain(t, now, config.snoozeMs, { snoozes: t.snoozes + 1, misses: 0 }) };
    }
    case 'timeout':
      // Ignoring is not snoozing: it spends no snooze, and is recorded as missed. The bout goes on.
      settled('missed');
      return { ...next, stretch: afterMiss(state, config, showing.at, now) };
    case 'skip':
    case 'done':
      // Skipping a stretch break changes nothing about the sitting: ask again after a shorter wait.
      settled('skipped');
      return { ...next, stretch: askAgain(t, now, skipWaitMs(state, config, now), { misses: 0 }) };
    case 'start': {
      // The session that follows records the break. Should none follow, the offer comes again a
      // snooze's length after a short grace for the session to begin; the bout goes on meanwhile
      // (a session that begins later still answers it).
      const cleared = settlePendingStart(next, effects);
      return { ...cleared, pendingStart: { tier, id, at: now }, stretch: askAgain(t, now, START_REASK_MS + config.snoozeMs) };
    }
    case 'moved':
      settled('moved');
      return endBout(next, config, now, now, now, effects);
    case 'away':
      if (!next.unsureAway) {
        settled('moved');
        return endBout(next, config, now, now, now, effects);
      }
      settled('natural-break');
      return endBout(next, config, next.unsureAway.from, next.unsureAway.to, now, effects);
  }
}

/**
 * A call, a presentation or do-not-disturb holds reminders: the one on screen is withdrawn and
 * nothing shows until it ends. Then a stretch break that fell due is offered within a minute,
 * naming what happened; posture checks that fell due are dropped, not stacked.
 */
function presence(state: BreakState, hold: HoldKind | null, config: BreakConfig, now: number, effects: BreakEffect[]): BreakState {
  if (hold !== null) {
    if (state.hold?.kind === hold) return state;
    const next = state.hold ? state : settleShowing(state, 'withdrawn', effects);
    return { ...next, hold: { kind: hold, since: state.hold?.since ?? now } };
  }
  if (!state.hold) return state;
  const minutes = Math.round((now - state.hold.since) / 60_000);
  let next: BreakState = { ...state, hold: null };
  if (next.posture.dueAt <= now) next = restart(next, config, now, ['posture']);
  if (next.stretch.dueAt <= now + HOLD_RELEASE_MS) {
    // Offered within a minute, with no heads-up first: the offer itself names the call.
    const dueAt = now + HOLD_RELEASE_MS;
    next = { ...next, stretch: { ...next.stretch, dueAt, headsUpFor: dueAt }, heldOffer: { kind: state.hold.kind, minutes, endedAt: now } };
  }
  return next;
}

/** What an absence rule decided (common/absence.ts), applied. */
/** How sure each cause makes an absence: a later, surer cause takes over an absence under way. */
const AWAY_CERTAINTY: Record<AwayCause, number> = { idle: 0, suspend: 1, lock: 2 };

function absence(state: BreakState, step: AbsenceStep, config: BreakConfig, now: number, effects: BreakEffect[]): BreakState {
  if (step === null) return state;
  if (step.kind === 'end') return comeBack(state, config, now, Math.min(step.at, now), effects);
  return handle(state, { type: 'away-start', since: step.since, cause: step.cause }, config, now, effects);
}

function handle(state: BreakState, event: BreakEvent, config: BreakConfig, now: number, effects: BreakEffect[]): BreakState {
  switch (event.type) {
    case 'tick':
      return state;
    case 'idle-sample': {
      const { watch, step } = judgeIdle(state, event, config.breakLengthMs, now);
      return absence({ ...state, watch }, step, config, now, effects);
    }
    case 'screen-away': {
      const { watch, step } = judgeScreenAway(state, event.cause, event.idleMs, event.mono, now);
      return absence({ ...state, watch }, step, config, now, effects);
    }
    case 'config-changed':
      return applyNewIntervals(state, event.previous, config, now, GRACE_MS);
    case 'away-start':
      // A lock or sleep during idle time makes the absence certain (its start stays when input
      // stopped); a lock after a suspend with no resume holds as a lock does, so the spurious-suspend
      // check (runtime.ts) cannot end it while the screen is locked.
      if (state.away !== null) return AWAY_CERTAINTY[event.cause] > AWAY_CERTAINTY[state.away.cause] ? { ...state, away: { ...state.away, cause: event.cause } } : state;
      // No input during a session is a hands-off session, not an absence.
      if (event.cause === 'idle' && state.session && now - state.session.since < SESSION_MAX_MS) return state;
      return { ...state, away: { since: Math.min(event.since, now), cause: event.cause } };
    case 'away-end':
      return comeBack(state, config, now, Math.min(event.at, now), effects);
    case 'clock-jump': {
      // Asleep since a suspend event, and running again now: that absence ends here.
      if (event.delta > 0 && state.away?.cause === 'suspend') return comeBack(state, config, now, now, effects);
      if (event.delta > 0 && event.slept !== false) {
        // Wall time ran on without us while the machine slept (or the OS cannot tell a sleep from a
        // clock change): the user was not sitting through it; an absence that ended now. Asleep
        // while away: still away through it (the next bout cannot begin before the wake); asleep
        // during an idle spell: the absence is certain, as with a lock.
        if (state.away !== null) {
          const watched = { ...state, watch: { ...state.watch, awayUntil: now } };
          return state.away.cause === 'idle' ? { ...watched, away: { ...state.away, cause: 'suspend' } } : watched;
        }
        return comeBack({ ...state, away: { since: now - event.delta, cause: 'suspend' } }, config, now, now, effects);
      }
      // The clock was set (back, or forward with no sleep): move every wall-clock time with it, so
      // the time left and the bout are unchanged.
      const d = event.delta;
      const move = <T extends { at: number }>(x: T | null): T | null => (x ? { ...x, at: x.at + d } : null);
      return {
        ...state,
        stretch: shift(state.stretch, d, now),
        posture: shift(state.posture, d, now),
        pause: state.pause?.kind === 'for' ? { ...state.pause, until: state.pause.until + d } : state.pause,
        away: state.away ? { ...state.away, since: state.away.since + d } : null,
        sittingSince: state.sittingSince === null ? null : state.sittingSince + d,
        unsureAway: state.unsureAway ? { from: state.unsureAway.from + d, to: state.unsureAway.to + d } : null,
        watch: state.watch.awayUntil === null ? state.watch : { ...state.watch, awayUntil: state.watch.awayUntil + d },
        session: state.session ? { ...state.session, since: state.session.since + d } : null,
        showing: move(state.showing),
        pendingStart: move(state.pendingStart),
        lastRemindAt: state.lastRemindAt === null ? null : state.lastRemindAt + d,
      };
    }
    case 'respond':
      return answer(state, event.id, event.response, config, now, effects);
    case 'session-started':
      return sessionStarted(state, event.tier, event.movesYou, config, now, effects);
    case 'session-finished': {
      if (!state.session) return state;
      const next: BreakState = { ...state, session: null };
      if (event.tier === 'posture') return restart(next, config, now, ['posture']);
      // A session that got you up: the next bout (and the one stretch cycle) begins as it ends.
      if (state.session.movesYou) return endBout(next, config, now, now, now, effects);
      // Done in the chair: the offer waits a whole interval, but the bout (and its figure) go on.
      return afterStretchBreak(next, config, now);
    }
    case 'moved':
      effects.push({ type: 'activity', tier: 'stretch', activity: 'moved' });
      return endBout(settleShowing(state, 'withdrawn', effects), config, now, now, now, effects);
    case 'was-away':
      return confirmAway(state, config, now, effects);
    case 'presence':
      return presence({ ...state, watch: presenceSeen(state.watch, event.sitting, event.mono) }, event.hold, config, now, effects);
    case 'skip-next':
      // Not this one: the coming offer moves back by the skip wait; the bout goes on.
      effects.push({ type: 'activity', tier: 'stretch', activity: 'skipped' });
      return { ...state, stretch: askAgain(state.stretch, Math.max(state.stretch.dueAt, now), SKIP_REASK_MS) };
    case 'pause':
      return { ...settleShowing(state, 'withdrawn', effects), pause: { until: Math.max(event.until, now), kind: event.kind } };
    case 'resume':
      // Reminders start a fresh cycle when a pause ends, early or on time; without a pause, nothing to do.
      if (!state.pause) return state;
      return restart({ ...state, pause: null }, config, now);
    case 'focus':
      if (event.on) return { ...settleShowing(state, 'withdrawn', effects), focus: true };
      return state.focus ? deferOverdue({ ...state, focus: false }, now, GRACE_MS) : state;
  }
}

/** When the current working period ends, if working hours are on and we are inside one. */
function workingEnd(config: BreakConfig, calendar: Calendar, now: number): number | null {
  return config.workingHours.enabled ? nextWorkingBoundary(config.workingHours, calendar, now) : null;
}

/** After any event: expire what timed out, follow pauses and working hours, and fire what is due. */
function settle(state: BreakState, config: BreakConfig, calendar: Calendar, now: number, effects: BreakEffect[]): BreakState {
  let next = state;
  if (next.pause && now >= next.pause.until) next = restart({ ...next, pause: null }, config, now);

  const working = isWorkingTime(config.workingHours, calendar, now);
  if (!working && next.inWorkingHours) next = settleShowing({ ...next, inWorkingHours: false }, 'withdrawn', effects);
  if (working && !next.inWorkingHours) next = restart({ ...next, inWorkingHours: true }, config, now);

  if (next.showing && now >= next.showing.at + REMINDER_TIMEOUT_MS) next = answer(next, next.showing.id, 'timeout', config, now, effects);
  if (next.pendingStart && now >= next.pendingStart.at + PENDING_START_MS) next = settlePendingStart(next, effects);

  if (next.showing || blockedReason(next, now)) return next;
  const end = workingEnd(config, calendar, now);
  if (end !== null && now >= end - END_OF_DAY_QUIET_MS) return next; // the day ends calmly
  if (next.lastRemindAt !== null && now < next.lastRemindAt + MIN_REMINDER_GAP_MS) return next;

  const { stretch, posture } = next;
  const remind = (tier: 'stretch' | 'posture', snoozesLeft: number): BreakState => {
    const id = next.nextId;
    const offer = next.heldOffer;
    const after = tier === 'stretch' && offer && now - offer.endedAt <= 5 * 60_000 ? { after: { kind: offer.kind, minutes: offer.minutes } } : {};
    const limited = tier === 'stretch' && next.stretch.snoozes < config.maxSnoozes && !canSnooze(next, config, now);
    const bout = tier === 'stretch' ? { sittingMs: boutMs(next, now), reaskMin: skipWaitMs(next, config, now) / 60_000, askAway: next.unsureAway !== null, snoozeBoutLimited: limited } : {};
    effects.push({ type: 'remind', tier, kind: 'due', id, snoozesLeft, ...after, ...bout });
    return { ...next, nextId: id + 1, showing: { tier, id, at: now }, lastRemindAt: now, heldOffer: tier === 'stretch' ? null : next.heldOffer };
  };
  if (now >= stretch.dueAt) return remind('stretch', canSnooze(next, config, now) ? config.maxSnoozes - stretch.snoozes : 0);
  if (config.postureEnabled && now >= posture.dueAt) {
    // Folded into the stretch break that is about to come: never two at once.
    if (stretch.dueAt - now <= FOLD_WINDOW_MS) return { ...next, posture: { ...posture, dueAt: stretch.dueAt + config.postureIntervalMs } };
    return remind('posture', 0);
  }
  const headsUpAt = stretch.dueAt - config.headsUpMs;
  const dueInQuiet = end !== null && stretch.dueAt >= end - END_OF_DAY_QUIET_MS;
  if (config.headsUpMs > 0 && !dueInQuiet && now >= headsUpAt && now < stretch.dueAt - 5_000 && stretch.headsUpFor !== stretch.dueAt) {
    const id = next.nextId;
    effects.push({ type: 'remind', tier: 'stretch', kind: 'heads-up', id, dueAt: stretch.dueAt });
    return { ...next, nextId: id + 1, stretch: { ...stretch, headsUpFor: stretch.dueAt } };
  }
  return next;
}

export function reduce(state: BreakState, event: BreakEvent, config: BreakConfig, calendar: Calendar, now: number): Step {
  const effects: BreakEffect[] = [];
  if (event.type === 'idle-sample') {
    // A look that changes nothing settles nothing: a reminder due now waits for the runtime's
    // fresh presence reading (so none lands on a call that began since the last look).
    const { watch, step } = judgeIdle(state, event, config.breakLengthMs, now);
    if (step === null) return { state: { ...state, watch }, effects };
  }
  let handled = handle(state, event, config, now, effects);
  // Not away: nothing of an absence to remember.
  if (!handled.away && (handled.watch.awayMono !== null || handled.watch.awayUntil !== null)) handled = { ...handled, watch: { ...handled.watch, awayMono: null, awayUntil: null } };
  return { state: settle(handled, config, calendar, now, effects), effects };
}

/** The next moment anything can happen by itself, or null if only the user can change things. */
export function nextWake(state: BreakState, config: BreakConfig, calendar: Calendar, now: number): number | null {
  const candidates: number[] = [];
  const boundary = nextWorkingBoundary(config.workingHours, calendar, now);
  if (boundary !== null) candidates.push(boundary);
  if (state.pause && state.pause.until > now) candidates.push(state.pause.until);
  if (state.showing) candidates.push(state.showing.at + REMINDER_TIMEOUT_MS);
  if (state.pendingStart) candidates.push(state.pendingStart.at + PENDING_START_MS);
  if (config.recheckAt !== null) candidates.push(config.recheckAt);
  const end = state.inWorkingHours ? workingEnd(config, calendar, now) : null;
  if (end !== null && end - END_OF_DAY_QUIET_MS > now) candidates.push(end - END_OF_DAY_QUIET_MS); // the status changes then
  if (!blockedReason(state, now) && !state.showing) {
    const { stretch, posture } = state;
    const gapEnd = state.lastRemindAt === null ? 0 : state.lastRemindAt + MIN_REMINDER_GAP_MS;
    candidates.push(Math.max(stretch.dueAt, gapEnd));
    if (config.postureEnabled) candidates.push(Math.max(posture.dueAt, gapEnd));
    const headsUpAt = stretch.dueAt - config.headsUpMs;
    if (config.headsUpMs > 0 && stretch.headsUpFor !== stretch.dueAt && headsUpAt > now) candidates.push(headsUpAt);
  }
  const future = candidates.map((t) => Math.max(t, now));
  return future.length ? Math.min(...future) : null;
}
