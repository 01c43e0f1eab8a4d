import { nextWorkingBoundary, type Calendar, END_OF_DAY_QUIET_MS, MIN_REMINDER_GAP_MS, SESSION_MAX_MS, type BreakConfig } from './config';
import { awayForSure, blockedReason, canSnooze, type BlockedReason, type BreakState, type Tier } from './state';

/** Why idle detection cannot be trusted: the OS gives none (Wayland), or it reads 0 forever. */
export type IdleNote = 'unsupported' | 'stuck' | null;

export interface BreakStatus {
  /** The next reminder and when; null while reminders are held back. */
  next: { tier: Tier; at: number } | null;
  stretchAt: number;
  postureAt: number | null;
  blocked: BlockedReason | null;
  pausedUntil: number | null;
  focus: boolean;
  showing: Tier | null;
  snoozesLeft: number;
  idleDetection: boolean;
  idleNote: IdleNote;
  /** When reminders resume if they are held back by working hours. */
  workingResumesAt: number | null;
  /** Why a call, presentation or do-not-disturb holds reminders, in the probe's words. */
  heldBecause: string | null;
  /** When the current sitting bout began (the last time the person got up); null while away or up. */
  sittingSince: number | null;
  /** An idle spell Limber could not judge (reading, or a walk?): "I was away from my desk" is offered. */
  awayUnsure: boolean;
  /** Calls can be seen (a presence source is there): if not, a call with no input may count as time away. */
  presenceKnown: boolean;
  /** A session is running (started, not yet ended, within the longest a session can last): main waits for it before reloading the window. */
  inSession: boolean;
}

/** The schedule plus what it is built from: the routine breaks open now, and any flare-up. */
export interface BreakPlanStatus extends BreakStatus {
  routineId: string;
  /** The routine breaks open gets the person out of the chair (a seated one does not end the bout). */
  routineGetsYouUp: boolean;
  /** Today's sitting from the same bouts history keeps: the longest bout and all of it, in minutes (the bout in progress included). */
  sittingToday: { longestMin: number; totalMin: number } | null;
  stretchIntervalMin: number;
  flare: { day: number; days: number; phase: 'rest' | 'return' } | null;
}

export function snoozesLeft(state: BreakState, config: BreakConfig, now: number): number {
  return canSnooze(state, config, now) ? Math.max(0, config.maxSnoozes - state.stretch.snoozes) : 0;
}

/** What every screen shows of the schedule, computed in one place from the machine's state. */
/** The start of the end-of-day quiet (no new reminders), when inside working hours; else null. */
export function quietStartsAt(state: BreakState, config: BreakConfig, calendar: Calendar, now: number): number | null {
  if (!config.workingHours.enabled || !state.inWorkingHours) return null;
  const end = nextWorkingBoundary(config.workingHours, calendar, now);
  return end === null ? null : end - END_OF_DAY_QUIET_MS;
}

export function statusOf(
  state: BreakState,
  config: BreakConfig,
  calendar: Calendar,
  now: number,
  idleNote: IdleNote,
  presenceReason: string | null = null,
  presenceKnown = false,
): BreakStatus {
  const quietFrom = quietStartsAt(state, config, calendar, now);
  const blocked = blockedReason(state, now) ?? (quietFrom !== null && now >= quietFrom ? 'outside-hours' : null);
  const postureAt = config.postureEnabled ? state.posture.dueAt : null;
  let next: BreakStatus['next'] = null;
  if (!blocked && !state.showing) {
    next =
      postureAt !== null && postureAt < state.stretch.dueAt && state.stretch.dueAt - postureAt > 5 * 60_000
        ? { tier: 'posture', at: postureAt }
        : { tier: 'stretch', at: state.stretch.dueAt };
    // Two reminders never come closer than the minimum gap: the countdown says when it really comes.
    const gapEnd = state.lastRemindAt === null ? now : state.lastRemindAt + MIN_REMINDER_GAP_MS;
    next = { ...next, at: Math.max(next.at, gapEnd, now) };
  }
  return {
    next,
    stretchAt: state.stretch.dueAt,
    postureAt,
    blocked,
    pausedUntil: state.pause && state.pause.until > now ? state.pause.until : null,
    focus: state.focus,
    showing: state.showing?.tier ?? null,
    snoozesLeft: snoozesLeft(state, config, now),
    idleDetection: idleNote === null,
    idleNote,
    heldBecause: state.hold ? presenceReason : null,
    sittingSince: awayForSure(state, now) ? null : state.sittingSince,
    awayUnsure: state.unsureAway !== null,
    presenceKnown,
    inSession: state.session !== null && now - state.session.since < SESSION_MAX_MS,
    workingResumesAt:
      blocked !== 'outside-hours'
        ? null
        : state.inWorkingHours && quietFrom !== null
          ? nextWorkingBoundary(config.workingHours, calendar, quietFrom + END_OF_DAY_QUIET_MS)
          : nextWorkingBoundary(config.workingHours, calendar, now),
  };
}
