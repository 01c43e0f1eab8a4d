import { useState } from 'preact/hooks';
import { t } from '@electron/i18n/common/translate';
import type { ImportPreview } from '@electron/routines/common/routines-channels';
import { api } from '../../api';

/**
 * Importing a routine file in two steps: main asks for the file and says what it would add (names
 * as they will be stored, renames shown), and only "Add it" changes anything.
 */
export function ImportCard() {
  const [preview, setPreview] = useState<Extract<ImportPreview, { ok: true }> | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const choose = async () => {
    setPreview(null);
    const result = await api.previewRoutineImport();
    if (!result.ok) return setMessage({ text: result.error.message, error: true });
    if (result.value === null) return setMessage(null);
    if (!result.value.ok) return setMessage({ text: result.value.message, error: true });
    setMessage(null);
    setPreview(result.value);
  };
  const apply = async () => {
    if (!preview) return;
    const result = await api.applyRoutineImport(preview.token);
    setPreview(null);
    if (!result.ok) setMessage({ text: result.error.message, error: true });
    else if (result.value === null) setMessage({ text: t('routines.ui.importGone'), error: true });
    else if (!result.value.ok) setMessage({ text: result.value.message, error: true });
    else setMessage({ text: t('routines.ui.imported', { name: result.value.routine }), error: false });
  };

  return (
    <section class="card" aria-labelledby="import-routine-title">
      <h2 id="import-routine-title">{t('routines.ui.importTitle')}</h2>
      <p class="hint">{t('routines.ui.importHint')}</p>
      {preview && (
        <div class="import-preview">
          <p>{t('routines.ui.importAdds', { name: preview.routine.name, count: preview.exercises.length })}</p>
          {preview.images > 0 && <p>{t('routines.ui.importPictures', { count: preview.images })}</p>}
          <ul>
            {[preview.routine, ...preview.exercises]
              .filter((item) => item.renamedFrom !== null)
              .map((item) => (
                <li key={item.id}>{t('routines.ui.importRenamed', { from: item.renamedFrom ?? '', to: item.name })}</li>
              ))}
          </ul>
          <div class="button-row">
            <button type="button" class="button-primary" onClick={() => void apply()}>
              {t('routines.ui.importApply')}
            </button>
            <button type="button" class="button-secondary" onClick={() => setPreview(null)}>
              {t('routines.ui.cancel')}
            </button>
          </div>
        </div>
      )}
      <p class={message?.error ? 'error' : 'save-status'} role={message?.error ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
      {!preview && (
        <button type="button" class="button-secondary" onClick={() => void choose()}>
          {t('routines.ui.importChoose')}
        </button>
      )}
    </section>
  );
}
