import type { DaySummary, HistoryRange } from '@electron/history/common/stats';
import { dayLabel, formatWalked, isBlankDay, painPair } from './history-format';
import { formatMinutes, formatNumber, type DistanceUnit } from '@electron/i18n/common/format';
import { t } from '@electron/i18n/common/translate';
import './HistoryTable.css';

const sum = (days: readonly DaySummary[], pick: (d: DaySummary) => number) => days.reduce((a, d) => a + pick(d), 0);

/**
 * The chart's figures as a table, one row a day, plus sitting, walking and missed reminders. A
 * week shows every day; a month or more only the days with something recorded. The total row
 * adds up what is shown: the days are rounded so that they add up (see carriedRound in core).
 */
export function HistoryTable({ days, range, unit }: { days: readonly DaySummary[]; range: HistoryRange; unit: DistanceUnit }) {
  const rows = range === 'week' ? days : days.filter((d) => !isBlankDay(d));
  return (
    <div class="table-scroll" role="region" aria-labelledby="history-table-caption" tabIndex={0}>
      <table class="history-table">
        <caption id="history-table-caption">{t('history.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.table.day')}</th>
            <th scope="col">{t('history.table.sessions')}</th>
            <th scope="col">{t('history.table.minutesStretched')}</th>
            <th scope="col">{t('history.table.pain')}</th>
            <th scope="col">{t('history.table.postureChecks')}</th>
            <th scope="col">{t('history.table.missed')}</th>
            <th scope="col">{t('history.table.walked', { unit })}</th>
            <th scope="col">{t('history.table.longestSitting')}</th>
            <th scope="col">{t('history.table.sittingTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.day}>
              <th scope="row">{dayLabel(d.day, range)}</th>
              <td>{formatNumber(d.sessions)}</td>
              <td>{formatNumber(d.minutesStretched)}</td>
              <td>{painPair(d)}</td>
              <td>{formatNumber(d.postureChecks)}</td>
              <td class={d.missedReminders > 0 ? 'missed' : undefined}>{formatNumber(d.missedReminders)}</td>
              <td>{formatWalked(d.walkMiles, unit)}</td>
              <td>{d.longestSittingMin ? formatMinutes(d.longestSittingMin) : '–'}</td>
              <td>{d.sittingMin ? formatMinutes(d.sittingMin) : '–'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('history.table.total')}</th>
            <td>{formatNumber(sum(rows, (d) => d.sessions))}</td>
            <td>{formatNumber(sum(rows, (d) => d.minutesStretched))}</td>
            <td />
            <td>{formatNumber(sum(rows, (d) => d.postureChecks))}</td>
            <td>{formatNumber(sum(rows, (d) => d.missedReminders))}</td>
            <td>{formatWalked(sum(rows, (d) => d.walkMiles), unit)}</td>
            <td />
            <td>{rows.some((d) => d.sittingMin > 0) ? formatMinutes(sum(rows, (d) => d.sittingMin)) : '–'}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
