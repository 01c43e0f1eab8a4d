import { useMemo } from 'preact/hooks';
import { escalationAdvice, type Escalation } from '@electron/safety/common/escalation';
import { api } from '../../api';
import type { LiveSource } from '../../hooks/live-feed';
import { useLiveData } from '../../hooks/use-live-data';
import { t } from '@electron/i18n/common/translate';

const source = (): LiveSource<Escalation | null> => ({
  fetch: () => api.getEscalation(),
  subscribe: (_push, refetch) => api.onHistoryChanged(refetch),
});

/**
 * A calm note when the app's own records suggest seeing a clinician. Nothing at all otherwise (and
 * nothing while loading or if history cannot be read: the warning signs are always one click away).
 */
export function EscalationNote({ onWarningSigns }: { onWarningSigns?: () => void }) {
  const live = useLiveData(useMemo(source, []));
  if (live.kind !== 'ready' || live.value === null) return null;
  return (
    <section class="card escalation-note" aria-labelledby="escalation-title">
      <h2 id="escalation-title">{t('app.escalation.title')}</h2>
      <ul>
        {live.value.noticed.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{escalationAdvice()}</p>
      {onWarningSigns && (
        <button type="button" class="button-secondary" onClick={onWarningSigns}>
          {t('app.common.seeWarningSigns')}
        </button>
      )}
    </section>
  );
}
