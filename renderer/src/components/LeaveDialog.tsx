import { useCallback, useState } from 'preact/hooks';
import type { View } from '@electron/shell/common/app-channels';
import { t } from '@electron/i18n/common/translate';
import { Modal } from '../views/session/Modal';
import { leavingLosesWork } from '../leave-guard';

/**
 * Moving to another view from the menu or the tray: when an editor holds unsaved changes, asked
 * first ("Keep editing" is the default), so a stray click never throws a clinician's routine away.
 * A session a reminder opens is never held up by it.
 */
export function useLeaveGuard(current: View, go: (view: View) => void) {
  const [pending, setPending] = useState<View | null>(null);
  const leave = useCallback((next: View) => (next !== current && leavingLosesWork() ? setPending(next) : go(next)), [current, go]);
  const dialog = pending && (
    <Modal titleId="leave-title" onClose={() => setPending(null)}>
      <h2 id="leave-title">{t('app.leave.title')}</h2>
      <p>{t('app.leave.text')}</p>
      <div class="button-row">
        <button type="button" class="button-primary" autoFocus onClick={() => setPending(null)}>
          {t('app.leave.stay')}
        </button>
        <button
          type="button"
          class="button-danger"
          onClick={() => {
            setPending(null);
            go(pending);
          }}
        >
          {t('app.leave.leave')}
        </button>
      </div>
    </Modal>
  );
  return { leave, dialog };
}
