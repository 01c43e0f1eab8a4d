import type { BreakConfig } from '../common/config';
import { comeBack, endBout } from './bout';
import type { BreakEffect, BreakState, Tier } from '../common/state';
import { restart } from './transitions';

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
