import './LoadError.css';
import { t } from '@electron/i18n/common/translate';

interface Props {
  /** What could not be loaded, already in the active language, e.g. t('app.loadError.settings'). */
  what: string;
  message: string;
  onRetry: () => void;
}

/** A fetch from main failed: say so out loud and offer to try again, instead of loading forever. */
export function LoadError({ what, message, onRetry }: Props) {
  return (
    <div class="error-box load-error" role="alert">
      <p>{t('app.loadError.couldNotLoad', { what, message })}</p>
      <button type="button" class="button-secondary" onClick={onRetry}>
        {t('app.loadError.retry')}
      </button>
    </div>
  );
}
