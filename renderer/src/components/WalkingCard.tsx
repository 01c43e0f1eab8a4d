import { useState } from 'preact/hooks';
import { api } from '../api';
import { useHistorySummary } from '../hooks/use-history';
import { LoadError } from './LoadError';
import './WalkingCard.css';
import { t } from '@electron/i18n/common/translate';
import { formatNumber } from '@electron/i18n/common/format';

type WalkUnit = 'min' | 'mi' | 'km';

/** "0.5 miles", "1,2 km", "20 Minuten": a walk's amount in its unit, in the active language. */
const amountText = (count: number, unit: WalkUnit) => t('app.walking.amount', { unit, count });

/** Today's walk against a goal that grows gently each week toward the user's target. */
export function WalkingCard() {
  const history = useHistorySummary();
  const [amount, setAmount] = useState('');
  // Null until the person picks one: a walk is logged in the plan's own unit by default.
  const [picked, setUnit] = useState<WalkUnit | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  if (history.kind === 'failed') {
    return (
      <section class="card walking" aria-labelledby="walking-title">
        <h2 id="walking-title">{t('app.walking.title')}</h2>
        <LoadError what={t('app.loadError.walking')} message={history.message} onRetry={history.retry} />
      </section>
    );
  }
  if (history.kind === 'loading') return null;
  const { plan, goal, walked, paused, isDefault } = history.value.walking;
  const unit = picked ?? plan.unit;
  const ratio = Math.min(1, walked / goal);

  const log = async (event: Event) => {
    event.preventDefault();
    const value = Number(amount.trim());
    if (amount.trim() === '' || !Number.isFinite(value) || value <= 0) {
      setError(t('app.walking.errorEmpty', { example: formatNumber(15) }));
      return;
    }
    if (unit === 'min' ? value > 600 : value > 100) {
      setError(unit === 'min' ? t('app.walking.errorTooLong', { limit: amountText(600, 'min') }) : t('app.walking.errorTooFar', { limit: formatNumber(100) }));
      return;
    }
    const result = await api.logWalk(unit === 'min' ? { minutes: value } : { distance: { value, unit } });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setAmount('');
    setStatus(t('app.walking.logged', { amount: amountText(value, unit) }));
    history.refetch();
  };

  return (
    <section class="card walking" aria-labelledby="walking-title">
      <h2 id="walking-title">{t('app.walking.title')}</h2>
      <p>
        <strong>{t('app.walking.progress', { walked: formatNumber(walked, 2), goal: amountText(goal, plan.unit) })}</strong>
        <span class="muted">
          {' '}
          · {paused ? t('app.walking.towardHeld', { target: amountText(plan.target, plan.unit) }) : t('app.walking.toward', { target: amountText(plan.target, plan.unit) })}
        </span>
      </p>
      <div class="meter" role="progressbar" aria-label={t('app.walking.meter')} aria-valuemin={0} aria-valuemax={goal} aria-valuenow={Math.min(walked, goal)}>
        <div class="meter-fill" style={{ inlineSize: `${Math.round(ratio * 100)}%` }} />
      </div>
      {isDefault && (
        <p class="hint">{t('app.walking.defaultPlan', { start: amountText(plan.startDaily, plan.unit), target: amountText(plan.target, plan.unit) })}</p>
      )}
      <form class="walk-form" onSubmit={(e) => void log(e)}>
        <label for="walk-amount">{t('app.walking.logLabel')}</label>
        <div class="field-row">
          <input
            id="walk-amount"
            type="text"
            inputMode="decimal"
            value={amount}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby="walk-error"
            onInput={(e) => setAmount(e.currentTarget.value)}
          />
          <select aria-label={t('app.walking.unit')} value={unit} onChange={(e) => setUnit(e.currentTarget.value as typeof unit)}>
            <option value="min">{t('app.walking.unitMinutes')}</option>
            <option value="mi">{t('app.walking.unitMiles')}</option>
            <option value="km">{t('app.walking.unitKm')}</option>
          </select>
          <button type="submit" class="button-secondary">
            {t('app.walking.logButton')}
          </button>
        </div>
        <p id="walk-error" class="error" role={error ? 'alert' : undefined}>
          {error ?? ''}
        </p>
        <p class="save-status" role="status">
          {status}
        </p>
      </form>
    </section>
  );
}
