import { t } from '@electron/i18n/common/translate';

/** One sentence on how pain changed across a session, on average over the days shown. */
function painSentence(change: number | null): string {
  if (change === null) return t('history.pain.none');
  if (change < 0) return t('history.pain.lower', { points: Math.abs(change) });
  if (change > 0) return t('history.pain.higher', { points: change });
  return t('history.pain.same');
}

export function PainSummary({ change, hurtStops }: { change: number | null; hurtStops: number }) {
  return (
    <>
      <p role="status">{painSentence(change)}</p>
      {hurtStops > 0 && (
        <p class="hint">
          {t('history.pain.hurtStops', { count: hurtStops })}
        </p>
      )}
    </>
  );
}
