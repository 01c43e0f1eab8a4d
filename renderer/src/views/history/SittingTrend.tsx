import type { SittingTrend as Trend } from '@electron/history/common/stats';
import { formatDuration } from './history-format';
import './SittingTrend.css';

const W = 140;
const H = 32;

/** "40m less than", "about the same as": a change under 10 minutes a day is noise, not a trend. */
function comparison(recent: number, previous: number): string {
  const change = recent - previous;
  if (Math.abs(change) < 10) return 'about the same as the two weeks before';
  return `${formatDuration(Math.abs(change))} ${change < 0 ? 'less' : 'more'} than the two weeks before`;
}

/** Sitting over the last 14 days: a sparkline for the shape and one sentence with the figures (each day's are in the table). */
export function SittingTrend({ trend }: { trend: Trend }) {
  const { recent, recentAverage, previousAverage } = trend;
  const top = Math.max(60, ...recent);
  const step = W / recent.length;
  return (
    <section class="card sitting-trend" aria-labelledby="sitting-title">
      <h2 id="sitting-title">Sitting, last 14 days</h2>
      <div class="sitting-row">
        {recentAverage !== null && (
          <svg class="sparkline" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
            <line x1={0} x2={W} y1={H - 0.5} y2={H - 0.5} class="sparkline-base" />
            {recent.map((m, i) =>
              m > 0 ? <rect key={i} x={i * step + 1} width={step - 2} y={H - (H * m) / top} height={(H * m) / top} class="sparkline-bar" /> : null,
            )}
          </svg>
        )}
        <p>
          {recentAverage === null
            ? 'No sitting time recorded in the last 14 days. Limber counts it while it runs.'
            : `On days with sitting recorded, you sat ${formatDuration(recentAverage)} on average` +
              (previousAverage === null ? '.' : `: ${comparison(recentAverage, previousAverage)}.`)}
        </p>
      </div>
    </section>
  );
}
