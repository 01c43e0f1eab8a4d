import { useState } from 'preact/hooks';
import { api } from '../api';
import { useHistorySummary } from '../hooks/use-history';
import { LoadError } from './LoadError';
import './WalkingCard.css';

const unitLabel = { mi: 'miles', km: 'km', min: 'minutes' } as const;

/** Today's walk against a goal that grows gently each week toward the user's target. */
export function WalkingCard() {
  const history = useHistorySummary();
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<'min' | 'mi' | 'km'>('min');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  if (history.kind === 'failed') {
    return (
      <section class="card walking" aria-labelledby="walking-title">
        <h2 id="walking-title">Walking today</h2>
        <LoadError what="today's walking" message={history.message} onRetry={history.retry} />
      </section>
    );
  }
  if (history.kind === 'loading') return null;
  const { plan, goal, walked, paused, isDefault } = history.value.walking;
  const ratio = Math.min(1, walked / goal);

  const log = async (event: Event) => {
    event.preventDefault();
    const value = Number(amount.trim());
    if (amount.trim() === '' || !Number.isFinite(value) || value <= 0) {
      setError('Enter how far or how long you walked, for example 15.');
      return;
    }
    if (unit === 'min' ? value > 600 : value > 100) {
      setError(unit === 'min' ? 'A walk is at most 600 minutes.' : 'A walk is at most 100 miles or km.');
      return;
    }
    const result = await api.logWalk(unit === 'min' ? { minutes: value } : { distance: { value, unit } });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setAmount('');
    setStatus(`Walk logged: ${value} ${unitLabel[unit]}.`);
    history.refetch();
  };

  return (
    <section class="card walking" aria-labelledby="walking-title">
      <h2 id="walking-title">Walking today</h2>
      <p>
        <strong>
          {walked} of {goal} {unitLabel[plan.unit]}
        </strong>
        <span class="muted">
          {' '}
          · building toward {plan.target} {unitLabel[plan.unit]} a day{paused ? ' (held during your flare-up)' : ''}
        </span>
      </p>
      <div class="meter" role="progressbar" aria-label="Walking goal today" aria-valuemin={0} aria-valuemax={goal} aria-valuenow={Math.min(walked, goal)}>
        <div class="meter-fill" style={{ width: `${Math.round(ratio * 100)}%` }} />
      </div>
      {isDefault && <p class="hint">A gentle start: half a mile a day, a little more each week, up to about three miles at a brisk pace.</p>}
      <form class="walk-form" onSubmit={(e) => void log(e)}>
        <label for="walk-amount">Log a walk</label>
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
          <select aria-label="Unit" value={unit} onChange={(e) => setUnit(e.currentTarget.value as typeof unit)}>
            <option value="min">minutes</option>
            <option value="mi">miles</option>
            <option value="km">km</option>
          </select>
          <button type="submit" class="button-secondary">
            Log walk
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
