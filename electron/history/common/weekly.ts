import { localDayKey, type DayKey, type DayTotals, type HistoryAggregates } from './aggregates';
import type { FunctionRecord } from './records';

/** How many weeks the trend covers: about three months, the time sciatica usually takes to settle. */
export const TREND_WEEKS = 12;

/**
 * What counts as a meaningful improvement in a 0–10 pain rating: a drop of at least 2 points, or of
 * at least 30% of where it started (Ostelo et al. 2008, Spine 33(1):90–94; docs/progress.md).
 */
export const MEANINGFUL_DROP_POINTS = 2;
export const MEANINGFUL_DROP_SHARE = 0.3;

/** A trend needs a median in at least this many weeks (a first week and a later one). */
export const MIN_TREND_WEEKS = 2;

export interface WeekFigures {
  /** The week's first local day, 'YYYY-MM-DD'; weeks run back in sevens from today. */
  start: string;
  /** Median of the week's before-session ratings (halves allowed), null when none was given. */
  leg: number | null;
  back: number | null;
  /** Median of older one-number ratings ("pain (not split)"). */
  unsplit: number | null;
  /** How many ratings each median was taken from. */
  counts: { leg: number; back: number; unsplit: number };
  /** A meaningful drop from the first week with a rating (see isMeaningfulDrop). */
  legDrop: boolean;
  backDrop: boolean;
  /** The week's last answer to the function question. */
  function: Pick<FunctionRecord, 'sit' | 'walk'> | null;
}

export interface SiteChange {
  /** The first and the last week's medians, and the weeks they fall in. */
  from: number;
  to: number;
  fromWeek: string;
  toWeek: string;
  meaningful: boolean;
}

export interface WeeklyTrend {
  /** Oldest first, TREND_WEEKS of them, the last one ending today. */
  weeks: WeekFigures[];
  /** First to last week with a rating; null when fewer than MIN_TREND_WEEKS weeks have one. */
  leg: SiteChange | null;
  back: SiteChange | null;
  /** Whether any week holds split ratings at all, or only older one-number ones. */
  hasSplit: boolean;
  hasUnsplit: boolean;
  /** No answer to the function question in the last 7 days. */
  functionDue: boolean;
}

/** The median of a list (the mean of the middle two for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A drop of ≥2 points, or of ≥30% of the baseline (a baseline of 0 cannot drop). */
export function isMeaningfulDrop(baseline: number, now: number): boolean {
  const drop = baseline - now;
  if (drop <= 0) return false;
  return drop >= MEANINGFUL_DROP_POINTS || drop / baseline >= MEANINGFUL_DROP_SHARE - 1e-9;
}

function weekDays(today: Date, weeksBack: number, dayKey: DayKey): string[] {
  return Array.from({ length: 7 }, (_, i) => {
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - weeksBack * 7 - 6 + i, 12);
    return dayKey(d);
  });
}

function change(weeks: readonly WeekFigures[], site: 'leg' | 'back'): SiteChange | null {
  const rated = weeks.filter((w) => w[site] !== null);
  if (rated.length < MIN_TREND_WEEKS) return null;
  const first = rated[0]!;
  const last = rated[rated.length - 1]!;
  return { from: first[site]!, to: last[site]!, fromWeek: first.start, toWeek: last.start, meaningful: isMeaningfulDrop(first[site]!, last[site]!) };
}

/**
 * Leg and back pain as weekly medians over the last TREND_WEEKS weeks, with the weeks marked where
 * the median has dropped meaningfully from the first rated week (the baseline). Medians, not
 * means: one bad morning should not move a week. Only ratings given before a session count — an
 * after-session rating measures the session's short-term relief, not how the week went.
 */
export function weeklyTrend(aggregates: HistoryAggregates, today: Date, dayKey: DayKey = localDayKey): WeeklyTrend {
  const weeks: WeekFigures[] = [];
  for (let back = TREND_WEEKS - 1; back >= 0; back--) {
    const days = weekDays(today, back, dayKey)
      .map((key) => aggregates.days.get(key))
      .filter((d): d is Readonly<DayTotals> => d !== undefined);
    const all = (site: 'leg' | 'back' | 'unsplit') => days.flatMap((d) => d.ratingsBefore[site]);
    const answers = days.map((d) => d.functionAnswer).filter((a) => a !== null);
    const lastAnswer = answers.reduce<(typeof answers)[number] | null>((a, b) => (a === null || b.at >= a.at ? b : a), null);
    weeks.push({
      start: weekDays(today, back, dayKey)[0]!,
      leg: median(all('leg')),
      back: median(all('back')),
      unsplit: median(all('unsplit')),
      counts: { leg: all('leg').length, back: all('back').length, unsplit: all('unsplit').length },
      legDrop: false,
      backDrop: false,
      function: lastAnswer ? { sit: lastAnswer.sit, walk: lastAnswer.walk } : null,
    });
  }
  for (const site of ['leg', 'back'] as const) {
    const baseline = weeks.find((w) => w[site] !== null)?.[site] ?? null;
    if (baseline === null) continue;
    for (const w of weeks) if (w[site] !== null) w[site === 'leg' ? 'legDrop' : 'backDrop'] = isMeaningfulDrop(baseline, w[site]);
  }
  return {
    weeks,
    leg: change(weeks, 'leg'),
    back: change(weeks, 'back'),
    hasSplit: weeks.some((w) => w.leg !== null || w.back !== null),
    hasUnsplit: weeks.some((w) => w.unsplit !== null),
    functionDue: weeks[weeks.length - 1]!.function === null,
  };
}
