import type { HistoryRecord } from '../history/records';
import type { SessionSummary } from '../session/session';

/**
 * When the app's own records suggest seeing a clinician: "This hurt" twice in a week, pain before
 * a session rising three sessions in a row, or no easing after six weeks. Calm words, never a
 * diagnosis. Sources: docs/exercise-sources.md ("What the app remembers").
 */
export interface Escalation {
  /** What Limber noticed, one line each. */
  noticed: string[];
}

export const ESCALATION_ADVICE =
  'It would be worth seeing your GP or a physiotherapist: they can look into why and suggest what helps. Meanwhile, check the warning signs.';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** How far back a rise still counts: three old ratings from months ago say nothing about now. */
const RISE_WINDOW = 14 * DAY;
const SIX_WEEKS = 42 * DAY;

/**
 * Fed every history record oldest first (as the store streams them); keeps only what the rules
 * need, so memory stays small however long the history is.
 */
export class EscalationTracker {
  private hurts: number[] = [];
  private lastBefore: Array<{ at: number; rating: number }> = [];
  private firstAt: number | null = null;
  private firstWeek: number[] = [];
  private recent: Array<{ at: number; rating: number }> = [];

  constructor(private readonly now: Date) {}

  add(record: HistoryRecord): void {
    const now = this.now.getTime();
    if (record.kind === 'session' && record.endReason === 'hurt') {
      const at = Date.parse(record.endedAt);
      if (now - at <= WEEK && at <= now) this.hurts.push(at);
      return;
    }
    if (record.kind !== 'pain' || record.when !== 'before') return;
    const at = Date.parse(record.at);
    if (Number.isNaN(at) || at > now) return;
    this.lastBefore = [...this.lastBefore, { at, rating: record.rating }].slice(-3);
    this.firstAt ??= at;
    if (at - this.firstAt <= WEEK) this.firstWeek.push(record.rating);
    if (now - at <= WEEK) this.recent.push({ at, rating: record.rating });
  }

  result(): Escalation | null {
    const now = this.now.getTime();
    const noticed: string[] = [];
    if (this.hurts.length >= 2) noticed.push(`You pressed “This hurt” ${this.hurts.length === 2 ? 'twice' : `${this.hurts.length} times`} in the past week.`);
    const [a, b, c] = this.lastBefore;
    if (a && b && c && a.rating < b.rating && b.rating < c.rating && now - a.at <= RISE_WINDOW) {
      noticed.push(`Your pain before a session has risen three sessions in a row (${a.rating}, ${b.rating}, ${c.rating}).`);
    }
    const average = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    if (this.firstAt !== null && now - this.firstAt >= SIX_WEEKS && this.firstWeek.length > 0 && this.recent.length > 0) {
      if (average(this.recent.map((r) => r.rating)) >= average(this.firstWeek)) noticed.push('Your pain has not eased in six weeks or more.');
    }
    return noticed.length > 0 ? { noticed } : null;
  }
}

export function escalation(records: Iterable<HistoryRecord>, now: Date): Escalation | null {
  const tracker = new EscalationTracker(now);
  for (const record of records) tracker.add(record);
  return tracker.result();
}

/**
 * The exercise "This hurt" stopped: the last one with any time held (the steps after it were never
 * started); the first one when nothing was held yet.
 */
export function hurtExerciseId(steps: SessionSummary['steps']): string | null {
  const held = steps.filter((s) => s.secondsHeld > 0);
  return (held[held.length - 1] ?? steps[0])?.exerciseId ?? null;
}
