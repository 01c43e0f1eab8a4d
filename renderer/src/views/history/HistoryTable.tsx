import type { DaySummary, HistoryRange } from '@electron/history/common/stats';
import { dayLabel, formatDuration, formatMiles, isBlankDay, painPair } from './history-format';
import './HistoryTable.css';

const sum = (days: readonly DaySummary[], pick: (d: DaySummary) => number) => days.reduce((a, d) => a + pick(d), 0);

/**
 * The chart's figures as a table, one row a day, plus sitting, walking and missed reminders. A
 * week shows every day; a month or more only the days with something recorded. The total row
 * adds up what is shown: the days are rounded so that they add up (see carriedRound in core).
 */
export function HistoryTable({ days, range }: { days: readonly DaySummary[]; range: HistoryRange }) {
  const rows = range === 'week' ? days : days.filter((d) => !isBlankDay(d));
  return (
    <div class="table-scroll" role="region" aria-labelledby="history-table-caption" tabIndex={0}>
      <table class="history-table">
        <caption id="history-table-caption">Day by day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Sessions</th>
            <th scope="col">Minutes stretched</th>
            <th scope="col">Pain before → after</th>
            <th scope="col">Posture checks</th>
            <th scope="col">Missed reminders</th>
            <th scope="col">Walked (miles)</th>
            <th scope="col">Longest sitting</th>
            <th scope="col">Sitting in total</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.day}>
              <th scope="row">{dayLabel(d.day, range)}</th>
              <td>{d.sessions}</td>
              <td>{d.minutesStretched}</td>
              <td>{painPair(d)}</td>
              <td>{d.postureChecks}</td>
              <td class={d.missedReminders > 0 ? 'missed' : undefined}>{d.missedReminders}</td>
              <td>{formatMiles(d.walkMiles)}</td>
              <td>{d.longestSittingMin ? formatDuration(d.longestSittingMin) : '–'}</td>
              <td>{d.sittingMin ? formatDuration(d.sittingMin) : '–'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{sum(rows, (d) => d.sessions)}</td>
            <td>{sum(rows, (d) => d.minutesStretched)}</td>
            <td />
            <td>{sum(rows, (d) => d.postureChecks)}</td>
            <td>{sum(rows, (d) => d.missedReminders)}</td>
            <td>{formatMiles(sum(rows, (d) => d.walkMiles))}</td>
            <td />
            <td>{rows.some((d) => d.sittingMin > 0) ? formatDuration(sum(rows, (d) => d.sittingMin)) : '–'}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
