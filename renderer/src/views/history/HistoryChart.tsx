import type { DaySummary } from '@core/history/stats';
import './HistoryChart.css';

const W = 560;
const H = 180;
const PAD = { l: 30, r: 30, t: 12, b: 26 };

/** Minutes stretched per day (bars) and average pain after sessions (line, 0–10), last 14 days. */
export function HistoryChart({ days }: { days: DaySummary[] }) {
  const maxMin = Math.max(5, ...days.map((d) => d.minutesStretched));
  const step = (W - PAD.l - PAD.r) / days.length;
  const y = (v: number) => PAD.t + (H - PAD.t - PAD.b) * (1 - v / maxMin);
  const py = (v: number) => PAD.t + (H - PAD.t - PAD.b) * (1 - v / 10);
  const points = days
    .map((d, i) => (d.painAfter ?? d.painBefore) !== null ? `${PAD.l + step * i + step / 2},${py((d.painAfter ?? d.painBefore)!)}` : null)
    .filter(Boolean);
  const description = days
    .filter((d) => d.minutesStretched > 0 || d.painAfter !== null || d.painBefore !== null)
    .map((d) => `${d.day}: ${d.minutesStretched} min${d.painBefore !== null ? `, pain before ${d.painBefore}` : ''}${d.painAfter !== null ? `, after ${d.painAfter}` : ''}`)
    .join('; ');
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Last 14 days. ${description || 'No sessions yet.'}`}>
        <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} class="chart-axis" />
        {days.map((d, i) => (
          <g key={d.day}>
            <rect
              x={PAD.l + step * i + step * 0.18}
              width={step * 0.64}
              y={y(d.minutesStretched)}
              height={Math.max(0, H - PAD.b - y(d.minutesStretched))}
              rx="3"
              class="chart-bar"
            />
            {i % 2 === 1 && (
              <text x={PAD.l + step * i + step / 2} y={H - 8} class="chart-label" text-anchor="middle">
                {d.day.slice(8)}
              </text>
            )}
          </g>
        ))}
        {points.length > 1 && <polyline points={points.join(' ')} class="chart-pain" />}
        {points.map((p) => {
          const [cx, cy] = p!.split(',');
          return <circle key={p} cx={cx} cy={cy} r="4" class="chart-pain-dot" />;
        })}
        <text x={PAD.l - 6} y={PAD.t + 8} class="chart-label" text-anchor="end">
          {Math.round(maxMin)}
        </text>
        <text x={W - PAD.r + 6} y={PAD.t + 8} class="chart-label">
          10
        </text>
      </svg>
      <figcaption class="chart-legend">
        <span class="legend-bar" aria-hidden="true" /> minutes stretched <span class="legend-line" aria-hidden="true" /> pain (0–10)
      </figcaption>
    </figure>
  );
}
