import type { DaySummary, HistoryRange } from '@electron/history/common/stats';
import { milesIn } from '@electron/i18n/common/distance-choice';
import { formatDate, formatNumber, type DistanceUnit } from '@electron/i18n/common/format';

/** Noon, so a day key never lands on the day before or after through a time-zone shift. */
const noonOf = (day: string) => new Date(`${day}T12:00:00`);

/**
 * A day's label in the chart and the table for the range being shown: a week reads best by
 * weekday ("Mon"), a month or more by date ("24 Nov").
 */
export const dayLabel = (day: string, range: HistoryRange) => formatDate(noonOf(day), range === 'week' ? 'weekday' : 'day-month');

/** The whole date, for the chart's text alternative: "Monday 24 November". */
export const longDate = (day: string) => formatDate(noonOf(day), 'long');

/** A table cell's walk: tenths, no float noise from summing tenths, in the unit the column names. */
export const formatWalked = (miles: number, unit: DistanceUnit) => formatNumber(Math.round(milesIn(miles, unit) * 10) / 10, 1);

/** True when nothing at all was recorded that day. */
export const isBlankDay = (d: DaySummary) =>
  d.sessions === 0 &&
  d.minutesStretched === 0 &&
  d.postureChecks === 0 &&
  d.missedReminders === 0 &&
  d.walkMiles === 0 &&
  d.sittingMin === 0 &&
  d.painBefore === null &&
  d.painAfter === null;

/** "7 → 4 (−3)", "7 → 7", "7 → –", "– → 4", or "–" with no rating. */
export function painPair(d: Pick<DaySummary, 'painBefore' | 'painAfter'>): string {
  if (d.painBefore === null && d.painAfter === null) return '–';
  const side = (v: number | null) => (v === null ? '–' : formatNumber(v, 1));
  const text = `${side(d.painBefore)} → ${side(d.painAfter)}`;
  if (d.painBefore === null || d.painAfter === null) return text;
  const change = Math.round((d.painAfter - d.painBefore) * 10) / 10;
  return change === 0 ? text : `${text} (${change > 0 ? '+' : '−'}${formatNumber(Math.abs(change), 1)})`;
}
