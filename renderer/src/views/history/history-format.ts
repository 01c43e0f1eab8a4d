import type { DaySummary, HistoryRange } from '@electron/history/common/stats';

/** Noon, so a day key never lands on the day before or after through a time-zone shift. */
const noonOf = (day: string) => new Date(`${day}T12:00:00`);

/** "Mon": a week reads best by weekday, the same in the chart and the table. */
export const weekdayName = (day: string) => noonOf(day).toLocaleDateString(undefined, { weekday: 'short' });

/** "24 Nov": a month or more reads best by date. */
export const shortDate = (day: string) => noonOf(day).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

/** A day's label in the chart and the table for the range being shown. */
export const dayLabel = (day: string, range: HistoryRange) => (range === 'week' ? weekdayName(day) : shortDate(day));

/** The whole date, for the chart's text alternative: "Monday 24 November". */
export const longDate = (day: string) => noonOf(day).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

/** Whole minutes as "45m" or "5h 20m": short enough for a table cell, never a decimal. */
export function formatDuration(minutes: number): string {
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole}m`;
  const rest = whole % 60;
  return rest ? `${Math.floor(whole / 60)}h ${rest}m` : `${whole / 60}h`;
}

/** Miles in tenths ("1.0", "2.4", never "1.2000000000000002" from summing tenths); nothing walked is "0". */
export const formatMiles = (miles: number) => (Math.round(miles * 10) === 0 ? '0' : (Math.round(miles * 10) / 10).toFixed(1));

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
  const side = (v: number | null) => (v === null ? '–' : String(v));
  const text = `${side(d.painBefore)} → ${side(d.painAfter)}`;
  if (d.painBefore === null || d.painAfter === null) return text;
  const change = Math.round((d.painAfter - d.painBefore) * 10) / 10;
  return change === 0 ? text : `${text} (${change > 0 ? '+' : '−'}${Math.abs(change)})`;
}
