import { useState } from 'preact/hooks';
import { api } from '../../api';
import { t } from '@electron/i18n/common/translate';
import { formatMinutes, formatNumber } from '@electron/i18n/common/format';

interface Props {
  /** Seconds the walk step's timer ran: the suggestion, never logged unless confirmed. */
  timedSec: number;
}

/** The walk's length as the person confirms it: whole minutes, 1 to 600 (history's own limits). */
export function confirmedMinutes(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 1 && value <= 600 ? Math.round(value) : null;
}

/**
 * After a walk break: the timer only knows how long the step ran, not whether the person left the
 * chair, so the walk is logged as they confirm it (the timer's minutes filled in), or not at all.
 */
export function WalkConfirm({ timedSec }: Props) {
  const suggested = Math.max(1, Math.round(timedSec / 60));
  const [text, setText] = useState(formatNumber(suggested));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const log = async (event: Event) => {
    event.preventDefault();
    const minutes = confirmedMinutes(text);
    if (minutes === null) {
      setError(text.trim() === '' ? t('app.walking.errorEmpty', { example: formatNumber(15) }) : t('app.walking.errorTooLong', { limit: t('app.walking.amount', { unit: 'min', count: 600 }) }));
      return;
    }
    const result = await api.logWalk({ minutes });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setStatus(t('app.walking.logged', { amount: t('app.walking.amount', { unit: 'min', count: minutes }) }));
  };

  return (
    <form class="card walk-confirm" aria-labelledby="walk-confirm-title" onSubmit={(e) => void log(e)}>
      <h2 id="walk-confirm-title">{t('app.finish.walkQuestion')}</h2>
      <p class="hint" id="walk-confirm-hint">
        {t('app.finish.walkHint', { duration: formatMinutes(suggested, 'long') })}
      </p>
      {status === null ? (
        <>
          <label for="walk-confirm-minutes">{t('app.finish.walkMinutes')}</label>
          <div class="field-row">
            <input
              id="walk-confirm-minutes"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={text}
              aria-invalid={error ? 'true' : 'false'}
              aria-describedby="walk-confirm-hint walk-confirm-error"
              onInput={(e) => setText(e.currentTarget.value)}
            />
            <button type="submit" class="button-primary">
              {t('app.finish.walkLog')}
            </button>
            <button type="button" class="button-secondary" onClick={() => setStatus(t('app.finish.walkNotLogged'))}>
              {t('app.finish.walkNone')}
            </button>
          </div>
        </>
      ) : null}
      <p id="walk-confirm-error" class="error" role={error ? 'alert' : undefined}>
        {error ?? ''}
      </p>
      <p class="save-status" role="status">
        {status ?? ''}
      </p>
    </form>
  );
}
