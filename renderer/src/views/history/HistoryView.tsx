import type { HistoryRange } from '@electron/history/common/stats';
import { useState } from 'preact/hooks';
import { LoadError } from '../../components/LoadError';
import { useHistorySummary } from '../../hooks/use-history';
import { HistoryChart } from './HistoryChart';
import { HistoryEmpty } from './HistoryEmpty';
import { HistoryTable } from './HistoryTable';
import './HistoryView.css';
import { formatMiles, isBlankDay } from './history-format';
import { PainSummary } from './PainSummary';
import { RangeSwitch } from './RangeSwitch';
import { SittingTrend } from './SittingTrend';
import { TransferSection } from './TransferSection';

const RANGE_TITLES: Record<HistoryRange, string> = { week: 'The last 7 days', month: 'The last 30 days', '3-months': 'The last 3 months' };

export function HistoryView({ onStartSession }: { onStartSession: () => void }) {
  const [range, setRange] = useState<HistoryRange>('week');
  const history = useHistorySummary(range);
  if (history.kind === 'loading') return <p role="status">Loading your history…</p>;
  if (history.kind === 'failed') return <LoadError what="your history" message={history.message} onRetry={history.retry} />;
  const summary = history.value;
  const { totals } = summary;
  const nothingInRange = summary.days.every(isBlankDay);
  return (
    <section class="view history" aria-labelledby="history-title">
      <h1 id="history-title" tabIndex={-1}>
        Your progress
      </h1>
      {totals.sessions === 0 && <HistoryEmpty onStartSession={onStartSession} />}
      {totals.sessions > 0 && (
        <dl class="facts" aria-label="All time">
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
            <dd>{formatMiles(totals.walkMiles)}</dd>
          </div>
        </dl>
      )}
      {(totals.sessions > 0 || !nothingInRange) && (
        <section class="card" aria-labelledby="range-title">
          <div class="range-head">
            <h2 id="range-title">{RANGE_TITLES[summary.range]}</h2>
            <RangeSwitch value={range} onChange={setRange} />
          </div>
          {nothingInRange ? (
            <p>Nothing recorded in this time. Try a longer range.</p>
          ) : (
            <>
              <HistoryChart days={summary.days} range={summary.range} />
              <PainSummary change={summary.painChange} hurtStops={totals.hurtStops} />
              <HistoryTable days={summary.days} range={summary.range} />
            </>
          )}
        </section>
      )}
      {(totals.sessions > 0 || summary.sitting.recentAverage !== null) && <SittingTrend trend={summary.sitting} />}
      <TransferSection onImported={history.refetch} />
    </section>
  );
}
