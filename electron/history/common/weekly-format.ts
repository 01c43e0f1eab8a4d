import { formatDate, formatNumber, formatUnit } from '../../i18n/common/format';
import { t } from '../../i18n/common/translate';
import { rangeBounds, type SitRange, type WalkRange } from './function-ranges';
import type { SiteChange, WeeklyTrend } from './weekly';

// One set of words for the weekly trend, used by the History screen and the clinician's summary
// alike, so the PDF holds exactly the figures the screen shows.

/** Noon, so a day key never lands on the day before or after through a time-zone shift. */
const noonOf = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
};

/** "24 Nov": a week by its first day. */
export const weekLabel = (start: string) => formatDate(noonOf(start), 'day-month');
/** "Monday 24 November". */
export const longDay = (day: string) => formatDate(noonOf(day), 'long');

/** A median to at most one decimal (a median of two ratings can be a half), or a dash. */
export const medianText = (value: number | null) => (value === null ? '–' : formatNumber(value, 1));

/** Plain minutes, even past an hour: "60 to 120 min" reads as a range, "1 h to 2 h" less so. */
const minutes = (value: number) => formatUnit(value, 'minute', 'short');

/** "Under 10 min", "10 to 30 min", "Over 120 min". */
export function rangeText(range: SitRange | WalkRange): string {
  const { min, max } = rangeBounds(range);
  if (min === 0 && max !== null) return t('history.function.under', { max: minutes(max) });
  if (max === null) return t('history.function.over', { min: minutes(min) });
  return t('history.function.between', { min: formatNumber(min), max: minutes(max) });
}

/** "Leg pain: 6 in the week of 1 Sep, 3 in the week of 17 Nov. A meaningful improvement …" */
export function changeLine(site: 'leg' | 'back', change: SiteChange): string {
  return t('history.trend.change', {
    site,
    from: medianText(change.from),
    to: medianText(change.to),
    fromWeek: weekLabel(change.fromWeek),
    toWeek: weekLabel(change.toWeek),
    meaningful: change.meaningful ? 'yes' : 'no',
  });
}

/** The trend's summary in sentences: each site's change, or the honest line when there is too little. */
export function trendLines(trend: Pick<WeeklyTrend, 'leg' | 'back'>): string[] {
  const lines = [trend.leg && changeLine('leg', trend.leg), trend.back && changeLine('back', trend.back)].filter((l): l is string => !!l);
  return lines.length ? lines : [t('history.trend.tooLittle')];
}
