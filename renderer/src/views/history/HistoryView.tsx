import { LoadError } from '../../components/LoadError';
import { useHistorySummary } from '../../hooks/use-history';
import './HistoryView.css';
import { HistoryChart } from './HistoryChart';
import { TransferSection } from './TransferSection';

const weekday = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { weekday: 'short' });

export function HistoryView() {
  const history = useHistorySummary();
  if (history.kind === 'loading') return <p role="status">Loading your history…</p>;
  if (history.kind === 'failed') return <LoadError what="your history" message={history.message} onRetry={history.retry} />;
  const summary = history.value;
  const week = summary.days.slice(-7);
  const { totals } = summary;
  return (
    <section class="view history" aria-labelledby="history-title">
      <h1 id="history-title" tabIndex={-1}>
        Your progress
      </h1>
      <dl class="facts">
        <div>
          <dt>Streak</dt>
          <dd>
            {summary.streak} {summary.streak === 1 ? 'day' : 'days'}
          </dd>
        </div>
        <div>
          <dt>Sessions</dt>
          <dd>{totals.sessions}</dd>
        </div>
        <div>
          <dt>Minutes stretched</dt>
          <dd>{totals.minutesStretched}</dd>
        </div>
        <div>
          <dt>Miles walked</dt>
          <dd>{totals.walkMiles}</dd>
        </div>
      </dl>

      <section class="card" aria-labelledby="week-title">
        <h2 id="week-title">The last 7 days at a glance</h2>
        <table class="week-table">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Sessions</th>
              <th scope="col">Minutes</th>
              <th scope="col">Posture checks</th>
              <th scope="col">Walked (min)</th>
            </tr>
          </thead>
          <tbody>
            {week.map((d) => (
              <tr key={d.day}>
                <th scope="row">{weekday(d.day)}</th>
                <td>{d.sessions}</td>
                <td>{d.minutesStretched}</td>
                <td>{d.postureChecks}</td>
                <td>{d.walkMinutes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="card" aria-labelledby="chart-title">
        <h2 id="chart-title">Last 14 days</h2>
        <HistoryChart days={summary.days} />
        <p role="status">
          {summary.painChange === null
            ? 'Rate your pain before and after a session to see how stretching affects it.'
            : summary.painChange < 0
              ? `On average your pain was ${Math.abs(summary.painChange)} points lower after a session.`
              : summary.painChange > 0
                ? `On average your pain was ${summary.painChange} points higher after a session. If that keeps happening, talk to a clinician.`
                : 'On average your pain was the same after a session.'}
        </p>
        {totals.hurtStops > 0 && <p class="hint">You stopped {totals.hurtStops} {totals.hurtStops === 1 ? 'session' : 'sessions'} because it hurt.</p>}
      </section>

      <TransferSection onImported={history.refetch} />
    </section>
  );
}
