import type { HistoryRange } from '@electron/history/common/stats';
import { useState } from 'preact/hooks';
import { LoadError } from '../../components/LoadError';
import { useHistorySummary } from '../../hooks/use-history';
import { HistoryChart } from './HistoryChart';
import { HistoryEmpty } from './HistoryEmpty';
import { HistoryTable } from './HistoryTable';
import './HistoryView.css';
import { formatWalked, isBlankDay } from './history-format';
import { resolveDistanceUnit, type DistanceChoice } from '@electron/i18n/common/distance-choice';
import { formatNumber } from '@electron/i18n/common/format';
import type { MessageKey } from '@electron/i18n/common/generated/keys';
import { t } from '@electron/i18n/common/translate';
import { PainSummary } from './PainSummary';
import { RangeSwitch } from './RangeSwitch';
import { SittingTrend } from './SittingTrend';
import { TransferSection } from './TransferSection';
import { PainTrend } from './PainTrend';
import { SummarySection } from './SummarySection';
import { FunctionQuestion } from '../../components/FunctionQuestion';

const RANGE_TITLES: Record<HistoryRange, MessageKey> = {
  week: 'history.rangeTitle.week',
  month: 'history.rangeTitle.month',
  '3-months': 'history.rangeTitle.threeMonths',
};

export function HistoryView({ onStartSession, distanceUnit }: { onStartSession: () => void; distanceUnit: DistanceChoice }) {
  const [range, setRange] = useState<HistoryRange>('week');
  const history = useHistorySummary(range);
  if (history.kind === 'loading') return <p role="status">{t('history.loading')}</p>;
  if (history.kind === 'failed') return <LoadError what={t('history.loadWhat')} message={history.message} onRetry={history.retry} />;
  const unit = resolveDistanceUnit(distanceUnit);
  const summary = history.value;
  const { totals } = summary;
  const nothingInRange = summary.days.every(isBlankDay);
  return (
    <section class="view history" aria-labelledby="history-title">
      <h1 id="history-title" tabIndex={-1}>
        {t('history.title')}
      </h1>
      {totals.sessions === 0 && <HistoryEmpty onStartSession={onStartSession} />}
      {totals.sessions > 0 && (
        <dl class="facts" aria-label={t('history.allTime')}>
          <div>
            <dt>{t('history.streak')}</dt>
            <dd>{t('history.streakDays', { count: summary.streak })}</dd>
          </div>
          <div>
            <dt>{t('history.sessions')}</dt>
            <dd>{formatNumber(totals.sessions)}</dd>
          </div>
          <div>
            <dt>{t('history.minutesStretched')}</dt>
            <dd>{formatNumber(totals.minutesStretched)}</dd>
          </div>
          <div>
            <dt>{t('history.distanceWalked', { unit })}</dt>
            <dd>{formatWalked(totals.walkMiles, unit)}</dd>
          </div>
        </dl>
      )}
      {(totals.sessions > 0 || !nothingInRange) && (
        <section class="card" aria-labelledby="range-title">
          <div class="range-head">
            <h2 id="range-title">{t(RANGE_TITLES[summary.range])}</h2>
            <RangeSwitch value={range} onChange={setRange} />
          </div>
          {nothingInRange ? (
            <p>{t('history.nothingInRange')}</p>
          ) : (
            <>
              <HistoryChart days={summary.days} range={summary.range} />
              <PainSummary change={summary.painChange} hurtStops={totals.hurtStops} />
              <HistoryTable days={summary.days} range={summary.range} unit={unit} />
            </>
          )}
        </section>
      )}
      {(totals.sessions > 0 || summary.sitting.recentAverage !== null) && <SittingTrend trend={summary.sitting} />}
      {totals.sessions > 0 && <PainTrend trend={summary.weekly} />}
      <FunctionQuestion />
      {totals.sessions > 0 && <SummarySection />}
      <TransferSection onImported={history.refetch} />
    </section>
  );
}
