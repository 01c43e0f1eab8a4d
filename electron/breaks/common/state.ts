import { isWorkingTime, type Calendar, IDLE_AWAY_MS, SNOOZE_BOUT_LIMIT_MS, type BreakConfig } from './config';

/** The scheduler's state and vocabulary. All times are wall-clock epoch ms. */
export type Tier = 'stretch' | 'posture';

export interface TierState {
  /** When the current cycle began (last break, skip, return from a long absence). */
  cycleStart: number;
  dueAt: number;
  /** Snoozes pressed for this cycle's reminder. */
  snoozes: number;
  /** Reminders for this cycle that went unanswered. */
  misses: number;
  /** dueAt is a snooze's or a miss's deadline: a settings change must not move it. */
  deferred: boolean;
  /** dueAt for which a heads-up was already sent. */
  headsUpFor: number | null;
}

export type AwayCause = 'idle' | 'lock' | 'suspend';

/**
 * What the absence rules (absence.ts) remember between samples, in the runtime's monotonic ms
 * (sleeps and clock changes do not move them) and wall ms.
 */
export interface AbsenceWatch {
  /** Monotonic time the current absence began. */
  awayMono: number | null;
  /** The last wall time a look proved the user still away (their return came after it). */
  awayUntil: number | null;
  /** Monotonic time the user was last seen in a call or presenting: no absence starts before it. */
  sittingSeenMono: number;
  /** In a call or presenting at the last presence reading. */
  wasSitting: boolean;
}

/** What holds reminders back without being a break: a call, presenting, or do-not-disturb. */
export type HoldKind = 'call' | 'presenting' | 'dnd';

export interface BreakState {
  stretch: TierState;
  posture: TierState;
  pause: { until: number; kind: 'for' | 'until-morning' } | null;
  focus: boolean;
  /** Set while the user is away (locked, asleep, idle past the break length). */
  away: { since: number; cause: AwayCause } | null;
  /** A call, a presentation or do-not-disturb: reminders wait (sitting through it is not a break). */
  hold: { kind: HoldKind; since: number } | null;
  /** A stretch break held back by a hold that just ended: its reminder says what happened. */
  heldOffer: { kind: HoldKind; minutes: number; endedAt: number } | null;
  /**
   * When the current sitting bout began (the last time the person got up); null while away or in a
   * session that gets them up. Every stretch reminder follows from it (docs/scheduling.md).
   */
  sittingSince: number | null;
  /**
   * Idle without a lock, long enough to be a walk but short enough to be reading at the desk: the
   * bout goes on, and the next reminder and the tray offer "I was away from my desk".
   */
  unsureAway: { from: number; to: number } | null;
  /** The absence rules' memory (absence.ts). */
  watch: AbsenceWatch;
  /** A session is running: idle time in it is a hands-off session, not an absence. */
  session: { tier: Tier; movesYou: boolean; since: number } | null;
  /** The reminder on screen, waiting for an answer. Only one at a time, ever. */
  showing: { tier: Tier; id: number; at: number } | null;
  /** A reminder's Start was pressed: the session that follows records the break. */
  pendingStart: { tier: Tier; id: number; at: number } | null;
  inWorkingHours: boolean;
  /** When the last due reminder was shown: the next waits at least MIN_REMINDER_GAP_MS. */
  lastRemindAt: number | null;
  nextId: number;
}

/** 'start' opens the session (the session records the break); 'done': a posture check done on the spot. */
/** 'moved': "I already moved" (the bout ends now); 'away': "I was away from my desk" (the idle spell was a break). */
export type Response = 'start' | 'done' | 'snooze' | 'skip' | 'timeout' | 'moved' | 'away';

export type BreakEvent =
  | { type: 'tick' }
  | { type: 'away-start'; since: number; cause: AwayCause }
  /** The user is back since `at` (≤ now): input seen, unlock or resume. */
  | { type: 'away-end'; at: number }
  /**
   * The wall clock moved `delta` ms more than monotonic time. `slept`: whether real time (boot time,
   * which runs on through a suspend) moved with it; undefined when the OS cannot tell.
   */
  | { type: 'clock-jump'; delta: number; slept?: boolean }
  | { type: 'respond'; id: number; response: Response }
  /** Skip the coming stretch break before it shows (tray). */
  | { type: 'skip-next' }
  /** `movesYou`: the routine stands the person up (standing, walking, the floor); a seated one does not. */
  | { type: 'session-started'; tier: Tier; movesYou: boolean }
  | { type: 'session-finished'; tier: Tier; movesYou: boolean }
  /** "I already moved" from the tray: the bout ends now. */
  | { type: 'moved' }
  /** "I was away from my desk" from the tray: the last unsure idle spell was a break. */
  | { type: 'was-away' }
  | { type: 'pause'; until: number; kind: 'for' | 'until-morning' }
  | { type: 'resume' }
  | { type: 'focus'; on: boolean }
  /** A presence reading changed: what it holds, and whether the user sits through it (a call, presenting). */
  | { type: 'presence'; hold: HoldKind | null; sitting: boolean; mono: number }
  /** The idle counter, read at monotonic `mono` (absence.ts judges it). `fresh`: a presence reading just arrived. */
  | { type: 'idle-sample'; idleMs: number; mono: number; sitting: boolean; fresh: boolean }
  /** The screen locked or the machine is suspending, after `idleMs` without input. */
  | { type: 'screen-away'; cause: 'lock' | 'suspend'; idleMs: number; mono: number }
  | { type: 'config-changed'; previous: BreakConfig };

/** How a reminder ended, or a break that came without one ('natural-break'). */
export type Activity = 'taken' | 'snoozed' | 'skipped' | 'missed' | 'withdrawn' | 'natural-break' | 'moved';

export type BreakEffect =
  | {
      type: 'remind';
      tier: Tier;
      kind: 'due';
      id: number;
      snoozesLeft: number;
      after?: { kind: HoldKind; minutes: number };
      /** How long the person has sat (stretch only); 0 when unknown. */
      sittingMs?: number;
      /** Minutes until the next offer if this one is skipped (the reminder states it). */
      reaskMin?: number;
      /** Offer "I was away from my desk" instead of "I already moved". */
      askAway?: boolean;
      /** No snooze offered because the bout is already long (not because the count ran out). */
      snoozeBoutLimited?: boolean;
    }
  | { type: 'remind'; tier: 'stretch'; kind: 'heads-up'; id: number; dueAt: number }
  | { type: 'withdraw'; id: number }
  /** `reminderId`: the reminder this settles; absent for a break taken without one. */
  | { type: 'activity'; tier: Tier; activity: Activity; reminderId?: number }
  | { type: 'snooze-refused' }
  /** A sitting bout ended (a real break began): from..to, wall ms. */
  | { type: 'sitting'; from: number; to: number };

export type BlockedReason = 'paused' | 'focus' | 'away' | 'in-call' | 'presenting' | 'dnd' | 'outside-hours';

const HOLD_REASON: Record<HoldKind, BlockedReason> = { call: 'in-call', presenting: 'presenting', dnd: 'dnd' };

export const intervalOf = (tier: Tier, config: BreakConfig) =>
  tier === 'stretch' ? config.stretchIntervalMs : config.postureIntervalMs;

export const freshTier = (now: number, interval: number): TierState => ({
  cycleStart: now,
  dueAt: now + interval,
  snoozes: 0,
  misses: 0,
  deferred: false,
  headsUpFor: null,
});

export function initialState(config: BreakConfig, calendar: Calendar, now: number): BreakState {
  return {
    stretch: freshTier(now, config.stretchIntervalMs),
    posture: freshTier(now, config.postureIntervalMs),
    pause: null,
    focus: false,
    away: null,
    hold: null,
    heldOffer: null,
    sittingSince: now,
    unsureAway: null,
    watch: { awayMono: null, awayUntil: null, sittingSeenMono: -Infinity, wasSitting: false },
    session: null,
    showing: null,
    pendingStart: null,
    inWorkingHours: isWorkingTime(config.workingHours, calendar, now),
    lastRemindAt: null,
    nextId: 1,
  };
}

/**
 * Away for sure: locked, asleep, or idle past IDLE_AWAY_MS. Shorter idle with no lock may be
 * reading at the desk: reminders still come (one nobody reads is simply missed), and the bout goes on.
 */
export const awayForSure = (state: BreakState, now: number): boolean =>
  state.away !== null && (state.away.cause !== 'idle' || now - state.away.since >= IDLE_AWAY_MS);

export function blockedReason(state: BreakState, now: number): BlockedReason | null {
  if (state.pause && now < state.pause.until) return 'paused';
  if (state.focus) return 'focus';
  if (awayForSure(state, now)) return 'away';
  if (state.hold !== null) return HOLD_REASON[state.hold.kind];
  if (!state.inWorkingHours) return 'outside-hours';
  return null;
}

/** How long the current bout has lasted; 0 while the person is not sitting. */
export const boutMs = (state: BreakState, now: number): number =>
  state.sittingSince === null ? 0 : Math.max(0, now - state.sittingSince);

/** Snoozes are bounded by the count and by the bout: none that would carry it far past the interval. */
export function canSnooze(state: BreakState, config: BreakConfig, now: number): boolean {
  if (state.stretch.snoozes >= config.maxSnoozes) return false;
  return (
    state.sittingSince === null ||
    boutMs(state, now) + config.snoozeMs <= config.stretchIntervalMs + SNOOZE_BOUT_LIMIT_MS
  );
}
