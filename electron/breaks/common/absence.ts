import type { AbsenceWatch, AwayCause, BreakState } from './state';

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
