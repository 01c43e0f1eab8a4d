import type { Routine } from '../../exercises/common/schema';
import { speechSec } from '../../exercises/common/plan';
import { Session, type SessionOptions } from './session';

/** One spoken moment: its lines, and the time they need against the time they have. */
export interface SpokenMoment {
  /** Ms from the session's start, run without a touch. */
  at: number;
  lines: string[];
  needMs: number;
  /** Until the next spoken moment or the end of its phase, whichever is first (Infinity for the closing words). */
  haveMs: number;
}

/**
 * Every spoken moment of a routine run from start to end without a touch, each with the time its
 * words need at the planning rate (spoken.ts) and the time until the next moment's words or the end
 * of its phase, so no line runs on into the next phase or over the next line. Works for
 * any routine the schema accepts, the catalogue's and custom ones alike.
 */
export function spokenMoments(routine: Routine, options: SessionOptions = {}): SpokenMoment[] {
  // Waiting lead-ins only add time after the words, so the timed run is the strictest.
  const session = new Session(routine, 0, 0, { ...options, waitForReady: null });
  const moments: SpokenMoment[] = [];
  for (const cue of session.advance(24 * 3600_000)) {
    if (cue.kind !== 'speak') continue;
    const last = moments.at(-1);
    if (last && last.at === cue.at) last.lines.push(cue.text);
    else moments.push({ at: cue.at, lines: [cue.text], needMs: 0, haveMs: Infinity });
  }
  // Phase ends: a line still going when its phase is over runs behind the timer (into the hold).
  let t = 0;
  const ends = session.phases.map((p) => (t += p.durationMs));
  moments.forEach((moment, i) => {
    moment.needMs = Math.round(speechSec(moment.lines) * 1000);
    const phaseEnd = ends.find((end) => end > moment.at) ?? Infinity;
    moment.haveMs = Math.min(moments[i + 1]?.at ?? Infinity, phaseEnd) - moment.at;
  });
  return moments;
}

/** The moments whose words would still be going when the next moment's begin: none, in a sound plan. */
export function speechOverruns(routine: Routine, options: SessionOptions = {}): SpokenMoment[] {
  return spokenMoments(routine, options).filter((m) => m.needMs > m.haveMs);
}
