import type { BreakPlanStatus as BreakStatus } from '@electron/breaks/common/status';
import type { IpcResult } from '@electron/base/common/result';
import { api } from '../api';
import { t } from '@electron/i18n/common/translate';
import { formatMinutes } from '@electron/i18n/common/format';


/**
 * Today's sitting, from the same bouts history keeps (the one in progress included), with what
 * the figure cannot see, and the two honest ways to end a bout Limber missed.
 */
export function SittingToday({
  status,
  act,
}: {
  status: BreakStatus;
  act: (call: Promise<IpcResult<BreakStatus>>) => void;
}) {
  const today = status.sittingToday;
  return (
    <>
      {today && today.totalMin > 0 && (
        <p class="muted sitting-today">
          {t('app.sitting.today', { longest: formatMinutes(today.longestMin), total: formatMinutes(today.totalMin) })}
        </p>
      )}
      {!status.presenceKnown && (
        <p class="hint presence-unknown">
          {t('app.sitting.presenceUnknown')}
        </p>
      )}
      {!status.routineGetsYouUp && (
        <p class="hint seated-routine">{t('app.sitting.seatedRoutine')}</p>
      )}
      {status.sittingSince !== null && (
        <div class="button-row sitting-actions">
          <button type="button" class="button-secondary" onClick={() => act(api.movedAlready())}>
            {t('app.sitting.movedAlready')}
          </button>
          {status.awayUnsure && (
            <button type="button" class="button-secondary" onClick={() => act(api.wasAwayFromDesk())}>
              {t('app.sitting.wasAway')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
