import { t } from '@electron/i18n/common/translate';

/** No session yet: one sentence and the way to start, instead of empty axes above a table of zeros. */
export function HistoryEmpty({ onStartSession }: { onStartSession: () => void }) {
  return (
    <section class="card history-empty" aria-labelledby="history-empty-title">
      <h2 id="history-empty-title">{t('history.empty.title')}</h2>
      <p>{t('history.empty.body')}</p>
      <button type="button" class="button-primary" onClick={onStartSession}>
        {t('history.empty.start')}
      </button>
    </section>
  );
}
