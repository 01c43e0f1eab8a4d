import type { SittingTrend as Trend } from '@electron/history/common/stats';
import { formatMinutes } from '@electron/i18n/common/format';
import { t } from '@electron/i18n/common/translate';
import './SittingTrend.css';

const W = 140;
const H = 32;

/** The average, and against the two weeks before: a change under 10 minutes a day is noise, not a trend. */
function sentence(recent: number, previous: number | null): string {
  const duration = formatMinutes(recent);
  if (previous === null) return t('history.sitting.average', { duration });
  const change = recent - previous;
  if (Math.abs(change) < 10) return t('history.sitting.averageSame', { duration });
  const values = { duration, change: formatMinutes(Math.abs(change)) };
  return change < 0 ? t('history.sitting.averageLess', values) : t('history.sitting.averageMore', values);
}

/** Sitting over the last 14 days: a sparkline for the shape and one sentence with the figures (each day's are in the table). */
export function SittingTrend({ trend }: { trend: Trend }) {
  const { recent, recentAverage, previousAverage } = trend;
  const top = Math.max(60, ...recent);
  const step = W / recent.length;
  return (
    <section class="card sitting-trend" aria-labelledby="sitting-title">
      <h2 id="sitting-title">{t('history.sitting.title')}</h2>
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
          {recentAverage === null ? t('history.sitting.none') : sentence(recentAverage, previousAverage)}
        </p>
      </div>
    </section>
  );
}
