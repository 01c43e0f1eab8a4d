import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@electron/i18n/common/translate';
import { holdLeaving } from '../../leave-guard';

/** Whether `value` differs from what it was when the editor opened (compared as JSON). */
export function useUnsaved(value: unknown): boolean {
  const text = JSON.stringify(value);
  const [opened] = useState(text);
  return text !== opened;
}

interface Props {
  /** Main's refusal in its own words, or null. */
  error: string | null;
  unsaved: boolean;
  onSave: () => void;
  onCancel: () => void;
}

/**
 * The end of both editors (exercise and routine): the refusal line, Save and Cancel. With unsaved
 * changes, Cancel asks first, and the shell asks before the menu or the tray moves away.
 */
export function EditorFooter({ error, unsaved, onSave, onCancel }: Props) {
  const [asking, setAsking] = useState(false);
  const unsavedNow = useRef(unsaved);
  unsavedNow.current = unsaved;
  useEffect(() => holdLeaving(() => unsavedNow.current), []);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);

  return (
    <>
      <p class="error" role={error ? 'alert' : undefined}>
        {error ?? ''}
      </p>
      {asking ? (
        <div class="discard-ask" role="group" aria-labelledby="discard-question">
          <p id="discard-question">{t('routines.ui.discardQuestion')}</p>
          <div class="button-row">
            <button ref={keepRef} type="button" class="button-primary" onClick={() => setAsking(false)}>
              {t('routines.ui.keepEditing')}
            </button>
            <button type="button" class="button-danger" onClick={onCancel}>
              {t('routines.ui.discard')}
            </button>
          </div>
        </div>
      ) : (
        <div class="button-row">
          <button type="button" class="button-primary" onClick={onSave}>
            {t('routines.ui.save')}
          </button>
          <button type="button" class="button-secondary" onClick={() => (unsaved ? setAsking(true) : onCancel())}>
            {t('routines.ui.cancel')}
          </button>
        </div>
      )}
    </>
  );
}
