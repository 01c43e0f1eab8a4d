import { useState } from 'preact/hooks';
import { SIT_RANGES, WALK_RANGES, type SitRange, type WalkRange } from '@electron/history/common/function-ranges';
import { rangeText } from '@electron/history/common/weekly-format';
import { t } from '@electron/i18n/common/translate';
import { api } from '../api';
import { useHistorySummary } from '../hooks/use-history';
import './FunctionQuestion.css';

function Choices<R extends string>({ name, legend, ranges, value, onChange }: { name: string; legend: string; ranges: readonly R[]; value: R | null; onChange: (r: R) => void }) {
  return (
    <fieldset class="function-choices">
      <legend>{legend}</legend>
      <div class="function-options">
        {ranges.map((range) => (
          <label key={range} class="function-option">
            <input type="radio" name={name} value={range} checked={value === range} onChange={() => onChange(range)} />
            <span>{rangeText(range as SitRange | WalkRange)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The weekly function question (issue 22): how long the person can sit before leg pain starts, and
 * how long they can walk. A card, never a dialog: it shows only while no answer falls in the last
 * seven days, and "Not this week" puts it away for seven days.
 */
export function FunctionQuestion() {
  const history = useHistorySummary('week');
  const [sit, setSit] = useState<SitRange | null>(null);
  const [walk, setWalk] = useState<WalkRange | null>(null);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  // Once saved, the card stays to say so (the summary no longer finds it due).
  if (status?.kind !== 'saved' && (history.kind !== 'ready' || !history.value.weekly.functionDue)) return null;

  const save = async () => {
    if (sit === null || walk === null) return setStatus({ kind: 'error', text: t('history.function.chooseBoth') });
    const result = await api.logFunction(sit, walk);
    setStatus(result.ok ? { kind: 'saved', text: t('history.function.saved') } : { kind: 'error', text: t('history.function.failed', { message: result.error.message }) });
  };
  const notNow = () => {
    setDismissed(true);
    void api.updateSettings({ functionQuestionDismissedAt: new Date().toISOString() });
  };

  return (
    <section class="card function-question" aria-labelledby="function-title">
      <h2 id="function-title">{t('history.function.title')}</h2>
      {status?.kind === 'saved' ? (
        <p role="status">{status.text}</p>
      ) : (
        <>
          <p class="hint">{t('history.function.intro')}</p>
          <Choices name="function-sit" legend={t('history.function.sit')} ranges={SIT_RANGES} value={sit} onChange={setSit} />
          <Choices name="function-walk" legend={t('history.function.walk')} ranges={WALK_RANGES} value={walk} onChange={setWalk} />
          <p role="status" class="function-status">
            {status?.text ?? ''}
          </p>
          <div class="button-row">
            <button type="button" class="button-secondary" onClick={() => void save()}>
              {t('history.function.save')}
            </button>
            <button type="button" class="button-quiet" onClick={notNow}>
              {t('history.function.notNow')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
