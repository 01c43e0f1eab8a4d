import { formatNumber } from '@electron/i18n/common/format';
import { t } from '@electron/i18n/common/translate';
import type { DaySummary, HistoryRange } from '@electron/history/common/stats';
import { labelledDays, minuteTicks, PAIN_TICKS } from './chart-scale';
import './HistoryChart.css';
import { dayLabel, longDate } from './history-format';
import { PainMark } from './PainMark';

const W = 640;
const H = 240;
const PAD = { l: 44, r: 40, t: 30, b: 30 };
const PLOT_H = H - PAD.t - PAD.b;
const BASELINE = H - PAD.b;

/** One day's pain ratings in words, or nothing when the day has none. */
function painWords({ painBefore: before, painAfter: after }: DaySummary): string {
  if (before !== null && after !== null)
    return t('history.chart.painBeforeAfter', { before: formatNumber(before, 1), after: formatNumber(after, 1) });
  if (before !== null) return t('history.chart.painBefore', { before: formatNumber(before, 1) });
  if (after !== null) return t('history.chart.painAfter', { after: formatNumber(after, 1) });
  return '';
}

/** What the chart shows, in words: its accessible name, so a screen reader gets it without the drawing. */
function describe(days: readonly DaySummary[], range: HistoryRange): string {
  const lines = days
    .filter((d) => d.minutesStretched > 0 || d.painBefore !== null || d.painAfter !== null)
    .map((d) => t('history.chart.day', { date: longDate(d.day), minutes: d.minutesStretched, pain: painWords(d) }));
  const text = lines.length ? t('history.chart.dayList', { days: lines.join('; ') }) : t('history.chart.nothing');
  return t('history.chart.description', { range: range === '3-months' ? 'threeMonths' : range, days: text });
}

/**
 * Minutes stretched per day (bars, left axis) and pain rated before and after sessions (right
 * axis, 0–10): a hollow circle before (left), a filled diamond after (right), joined by a stroke
 * whose slope shows the change. Days without a rating have no mark and nothing joins across them.
 */
export function HistoryChart({ days, range }: { days: readonly DaySummary[]; range: HistoryRange }) {
  const ticks = minuteTicks(Math.max(0, ...days.map((d) => d.minutesStretched)));
  const top = ticks.at(-1)!;
  const step = (W - PAD.l - PAD.r) / days.length;
  const minutesY = (v: number) => BASELINE - (PLOT_H * v) / top;
  const painY = (v: number) => BASELINE - (PLOT_H * v) / 10;
  const centre = (i: number) => PAD.l + step * i + step / 2;
  const markSize = Math.min(5, Math.max(2.5, step * 0.3));
  // Before sits left of the day's centre and after right of it, so equal ratings never hide each other.
  const shift = Math.min(8, step * 0.25);
  const labelled = labelledDays(days.length);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="history-chart-name">
        <title id="history-chart-name">{describe(days, range)}</title>
        <text x={0} y={14} class="chart-axis-title">
          {t('history.chart.axisMinutes')}
        </text>
        <text x={W} y={14} class="chart-axis-title" text-anchor="end">
          {t('history.chart.axisPain')}
        </text>
        {ticks.map((tick) => (
          <g key={`m${tick}`}>
            <line x1={PAD.l} x2={W - PAD.r} y1={minutesY(tick)} y2={minutesY(tick)} class={tick === 0 ? 'chart-zero' : 'chart-grid'} />
            <text x={PAD.l - 6} y={minutesY(tick) + 4} class="chart-label" text-anchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {PAIN_TICKS.map((p) => (
          <text key={`p${p}`} x={W - PAD.r + 6} y={painY(p) + 4} class="chart-label">
            {formatNumber(p)}
          </text>
        ))}
        {days.map((d, i) =>
          d.minutesStretched > 0 ? (
            <rect
              key={`b${d.day}`}
              x={PAD.l + step * i + step * 0.15}
              width={step * 0.7}
              y={minutesY(d.minutesStretched)}
              height={BASELINE - minutesY(d.minutesStretched)}
              rx={Math.min(3, step * 0.2)}
              class="chart-bar"
            />
          ) : null,
        )}
        {days.map((d, i) => (
          <g key={`p${d.day}`}>
            {d.painBefore !== null && d.painAfter !== null && (
              <line x1={centre(i) - shift} x2={centre(i) + shift} y1={painY(d.painBefore)} y2={painY(d.painAfter)} class="chart-change" />
            )}
            {d.painBefore !== null && <PainMark when="before" x={centre(i) - shift} y={painY(d.painBefore)} size={markSize} />}
            {d.painAfter !== null && <PainMark when="after" x={centre(i) + shift} y={painY(d.painAfter)} size={markSize} />}
          </g>
        ))}
        {days.map((d, i) =>
          labelled.has(i) ? (
            <text key={`l${d.day}`} x={centre(i)} y={H - 10} class="chart-label" text-anchor="middle">
              {dayLabel(d.day, range)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption class="chart-legend">
        <span class="legend-item">
          <span class="legend-bar" aria-hidden="true" /> {t('history.chart.legendMinutes')}
        </span>
        <span class="legend-item">
          <svg class="legend-mark" viewBox="0 0 14 14" aria-hidden="true">
            <PainMark when="before" x={7} y={7} size={5} />
          </svg>
          {t('history.chart.legendBefore')}
        </span>
        <span class="legend-item">
          <svg class="legend-mark" viewBox="0 0 14 14" aria-hidden="true">
            <PainMark when="after" x={7} y={7} size={5} />
          </svg>
          {t('history.chart.legendAfter')}
        </span>
      </figcaption>
    </figure>
  );
}
