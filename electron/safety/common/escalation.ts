import type { HistoryRecord } from '../../history/common/records';
import type { SessionSummary } from '../../session/common/session';
import { t } from '../../i18n/common/translate';

/**
 * When the app's own records suggest seeing a clinician: "This hurt" twice in a week, pain before
 * a session rising three sessions in a row, or no easing after six weeks. Calm words, never a
 * diagnosis. Sources: docs/exercise-sources.md ("What the app remembers").
 */
export interface Escalation {
  /** What Limber noticed, one line each. */
  noticed: string[];
}

export const escalationAdvice = (): string => t('safety.escalation.advice');

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** How far back a rise still counts: three old ratings from months ago say nothing about now. */
const RISE_WINDOW = 14 * DAY;
const SIX_WEEKS = 42 * DAY;

/** How many of each kind of event the tracker keeps: more than any rule looks at. */
const KEEP = 100;

/**
 * Fed every history record oldest first (as the store streams them); keeps only what the rules
 * need (a bounded tail of each kind), so memory stays small however long the history is, and the
 * same state answers for any later `now` until another record arrives.
 */
export class EscalationTracker {
  private hurts: number[] = [];
  private befores: Array<{ at: number; rating: number }> = [];
  private firstAt: number | null = null;
  private firstWeek: number[] = [];

  add(record: HistoryRecord): void {
    if (record.kind === 'session' && record.endReason === 'hurt') {
      const at = Date.parse(record.endedAt);
      if (!Number.isNaN(at)) this.hurts = [...this.hurts, at].slice(-KEEP);
      return;
    }
    if (record.kind !== 'pain' || record.when !== 'before') return;
    const at = Date.parse(record.at);
    if (Number.isNaN(at)) return;
    this.befores = [...this.befores, { at, rating: record.rating }].slice(-KEEP);
    this.firstAt ??= at;
    if (at - this.firstAt <= WEEK && this.firstWeek.length < KEEP) this.firstWeek.push(record.rating);
  }

  result(now: Date): Escalation | null {
    const nowMs = now.getTime();
    const past = (at: number) => at <= nowMs;
    const noticed: string[] = [];
    const hurts = this.hurts.filter((at) => past(at) && nowMs - at <= WEEK).length;
    if (hurts >= 2) noticed.push(t('safety.escalation.hurt', { count: hurts }));
    const befores = this.befores.filter((b) => past(b.at));
    const [a, b, c] = befores.slice(-3);
    if (a && b && c && a.rating < b.rating && b.rating < c.rating && nowMs - a.at <= RISE_WINDOW) {
      noticed.push(t('safety.escalation.risen', { first: a.rating, second: b.rating, third: c.rating }));
    }
    const average = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const recent = befores.filter((r) => nowMs - r.at <= WEEK).map((r) => r.rating);
    if (this.firstAt !== null && nowMs - this.firstAt >= SIX_WEEKS && this.firstWeek.length > 0 && recent.length > 0) {
      if (average(recent) >= average(this.firstWeek)) noticed.push(t('safety.escalation.notEased'));
    }
    return noticed.length > 0 ? { noticed } : null;
  }
}

export function escalation(records: Iterable<HistoryRecord>, now: Date): Escalation | null {
  const tracker = new EscalationTracker();
  for (const record of records) tracker.add(record);
  return tracker.result(now);
}

/**
 * The exercise "This hurt" stopped: the last one with any time held (the steps after it were never
 * started); the first one when nothing was held yet.
 */
export function hurtExerciseId(steps: SessionSummary['steps']): string | null {
  const held = steps.filter((s) => s.secondsHeld > 0);
  return (held[held.length - 1] ?? steps[0])?.exerciseId ?? null;
}
