import './ReturnBar.css';
import { t } from '@electron/i18n/common/translate';

/** On every other view while a session waits: it is paused, and one click leads back to it. */
export function ReturnBar({ routineName, onReturn }: { routineName: string; onReturn: () => void }) {
  return (
    <div class="return-bar" role="region" aria-label={t('app.returnBar.region')}>
      <p>
        <strong>{t('app.returnBar.paused')}</strong> — {routineName}
      </p>
      <button type="button" class="button-primary" onClick={onReturn}>
        {t('app.returnBar.return')}
      </button>
    </div>
  );
}
