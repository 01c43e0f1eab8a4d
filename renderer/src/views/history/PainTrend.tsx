import type { WeeklyTrend } from '@electron/history/common/weekly';
import { labelledWeeks, TREND_H, TREND_PAD, TREND_PAIN_TICKS, TREND_W, trendRuns, trendX, trendY } from '@electron/history/common/trend-geometry';
import { longDay, medianText, rangeText, trendLines, weekLabel } from '@electron/history/common/weekly-format';
import { formatNumber } from '@electron/i18n/common/format';
import { t } from '@electron/i18n/common/translate';
import './PainTrend.css';

const SERIES = ['leg', 'back', 'unsplit'] as const;
const LEGEND = { leg: 'history.trend.leg', back: 'history.trend.back', unsplit: 'history.trend.unsplit' } as const;

function TrendChart({ trend, lines }: { trend: WeeklyTrend; lines: string[] }) {
  const { weeks } = trend;
  const labelled = labelledWeeks(weeks.length);
  const shown = SERIES.filter((s) => s !== 'unsplit' || trend.hasUnsplit);
  return (
    <figure class="chart trend-chart">
      <svg viewBox={`0 0 ${TREND_W} ${TREND_H}`} role="img" aria-labelledby="trend-chart-name">
        <title id="trend-chart-name">{t('history.trend.chartName', { summary: lines.join(' ') })}</title>
        <text x={0} y={14} class="chart-axis-title">
          {t('history.trend.axisPain')}
        </text>
        {TREND_PAIN_TICKS.map((tick) => (
          <g key={tick}>
            <line x1={TREND_PAD.l} x2={TREND_W - TREND_PAD.r} y1={trendY(tick)} y2={trendY(tick)} class={tick === 0 ? 'chart-zero' : 'chart-grid'} />
            <text x={TREND_PAD.l - 6} y={trendY(tick) + 4} class="chart-label" text-anchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {shown.map((site) =>
          trendRuns(weeks, site).map((run, r) => (
            <g key={`${site}${r}`} class={`trend-${site}`}>
              {run.length > 1 && <polyline points={run.map((p) => `${p.x},${p.y}`).join(' ')} />}
              {run.map((p) => (
                <g key={p.x}>
                  <circle cx={p.x} cy={p.y} r={3.5} class="trend-point" />
                  {p.drop && <circle cx={p.x} cy={p.y} r={8} class="trend-drop" />}
                </g>
              ))}
            </g>
          )),
        )}
        {weeks.map((w, i) =>
          labelled.has(i) ? (
            <text key={w.start} x={trendX(i, weeks.length)} y={TREND_H - TREND_PAD.b + 18} class="chart-label" text-anchor="middle">
              {weekLabel(w.start)}
            </text>
          ) : null,
        )}
        <text x={(TREND_PAD.l + TREND_W - TREND_PAD.r) / 2} y={TREND_H - 6} class="chart-axis-title" text-anchor="middle">
          {t('history.trend.axisWeek')}
        </text>
      </svg>
      <figcaption class="chart-legend">
        {shown.map((site) => (
          <span key={site} class="legend-item">
            <svg class="legend-line" viewBox="0 0 24 10" aria-hidden="true">
              <line x1={0} x2={24} y1={5} y2={5} class={`trend-${site}`} />
            </svg>
            {t(LEGEND[site])}
          </span>
        ))}
        <span class="legend-item">
          <svg class="legend-mark" viewBox="0 0 18 18" aria-hidden="true">
            <circle cx={9} cy={9} r={7} class="trend-drop" />
          </svg>
          {t('history.trend.meaningfulMark')}
        </span>
      </figcaption>
    </figure>
  );
}

/**
 * Leg and back pain as weekly medians over 12 weeks (issue 22), the change that matters marked,
 * and the weekly function answers: a chart, the sentences that say what it shows, and a table.
 */
export function PainTrend({ trend }: { trend: WeeklyTrend }) {
  const lines = trendLines(trend);
  const rated = trend.weeks.filter((w) => w.leg !== null || w.back !== null || w.unsplit !== null || w.function !== null);
  const marked = (value: number | null, drop: boolean) => (drop ? t('history.trend.meaningfulCell', { value: medianText(value) }) : medianText(value));
  return (
    <section class="card pain-trend" aria-labelledby="trend-title">
      <h2 id="trend-title">{t('history.trend.title')}</h2>
      <p class="hint">{t('history.trend.intro')}</p>
      {lines.map((line) => (
        <p key={line} class="trend-line">
          {line}
        </p>
      ))}
      {(trend.hasSplit || trend.hasUnsplit) && <TrendChart trend={trend} lines={lines} />}
      {trend.hasUnsplit && <p class="hint">{t('history.trend.unsplitNote')}</p>}
      {rated.length > 0 && (
        <div class="table-scroll" role="region" aria-labelledby="trend-table-caption" tabIndex={0}>
          <table class="history-table trend-table">
            <caption id="trend-table-caption">{t('history.trend.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.trend.weekCol')}</th>
                <th scope="col">{t('history.trend.leg')}</th>
                <th scope="col">{t('history.trend.back')}</th>
                {trend.hasUnsplit && <th scope="col">{t('history.trend.unsplit')}</th>}
                <th scope="col">{t('history.trend.sitCol')}</th>
                <th scope="col">{t('history.trend.walkCol')}</th>
              </tr>
            </thead>
            <tbody>
              {rated.map((w) => (
                <tr key={w.start}>
                  <th scope="row" title={longDay(w.start)}>
                    {weekLabel(w.start)}
                  </th>
                  <td class={w.legDrop ? 'trend-drop-cell' : undefined}>{marked(w.leg, w.legDrop)}</td>
                  <td class={w.backDrop ? 'trend-drop-cell' : undefined}>{marked(w.back, w.backDrop)}</td>
                  {trend.hasUnsplit && <td>{medianText(w.unsplit)}</td>}
                  <td>{w.function ? rangeText(w.function.sit) : '–'}</td>
                  <td>{w.function ? rangeText(w.function.walk) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
