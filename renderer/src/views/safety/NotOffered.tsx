import type { Routine } from '@electron/exercises/common/schema';
import type { LeftOutStep } from '@electron/safety/common/offer';
import { t } from '@electron/i18n/common/translate';

interface Props {
  requested: Routine;
  leftOut: LeftOutStep[];
  /** The gentle routine offered in its place; null when even that is left out. */
  instead: Routine | null;
  onStart: (routine: Routine) => void;
  onHome: () => void;
}

/**
 * A routine asked for by hand (home, tray, shortcut, command line) that nothing of is offered now:
 * say why, exercise by exercise, and offer the gentle routine instead.
 */
export function NotOffered({ requested, leftOut, instead, onStart, onHome }: Props) {
  return (
    <section class="view preview" aria-labelledby="not-offered-title">
      <h1 id="not-offered-title" tabIndex={-1}>
        {t('app.notOffered.title', { name: requested.name })}
      </h1>
      <ul class="left-out-list">
        {leftOut.map(({ exercise, reason }) => (
          <li key={exercise.id}>
            <span>
              <strong>{exercise.name}</strong> — {t('app.leftOut.because', { reason })}
            </span>
          </li>
        ))}
      </ul>
      <div class="button-row">
        {instead && (
          <button type="button" class="button-primary button-large" data-focus-first onClick={() => onStart(instead)}>
            {t('app.notOffered.startInstead', { name: instead.name })}
          </button>
        )}
        <button type="button" class="button-secondary" onClick={onHome}>
          {t('app.common.backHome')}
        </button>
      </div>
      {!instead && <p>{t('app.notOffered.nothingGentle')}</p>}
    </section>
  );
}
