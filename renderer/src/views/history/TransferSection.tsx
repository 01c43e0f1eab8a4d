import { useState } from 'preact/hooks';
import type { ImportPreview } from '@electron/transfer/common/transfer';
import { api } from '../../api';
import { t } from '@electron/i18n/common/translate';
import './TransferSection.css';

/** What an import would do, in one sentence. */
function previewWords(preview: ImportPreview): string {
  const values = { records: preview.newRecords, settings: preview.settingsChanges.length, duplicates: preview.duplicateRecords };
  return preview.duplicateRecords > 0 ? t('history.transfer.previewAddsSkipping', values) : t('history.transfer.previewAdds', values);
}

/** The person's own exercises and routines an import adds, and the names it had to change. */
function OwnPreviewWords({ own }: { own: NonNullable<ImportPreview['own']> }) {
  const renamed = [...own.routines, ...own.exercises].filter((n) => n.renamedFrom !== null);
  return (
    <>
      <p>{t('history.transfer.previewOwn', { routines: own.routines.length, exercises: own.exercises.length, skipped: own.alreadyThere })}</p>
      {renamed.length > 0 && (
        <ul>
          {renamed.map((n) => (
            <li key={n.name}>{t('history.transfer.previewRenamed', { from: n.renamedFrom!, to: n.name })}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Export as JSON or CSV; import JSON with a full check and a preview before anything changes. */
export function TransferSection({ onImported }: { onImported: () => void }) {
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [preview, setPreview] = useState<{ token: string; preview: ImportPreview } | null>(null);

  const exportAs = async (format: 'json' | 'csv') => {
    const r = await api.exportData(format);
    setStatus(
      r.ok
        ? r.value
          ? t('history.transfer.savedTo', { path: r.value })
          : t('history.transfer.exportCancelled')
        : t('history.transfer.exportFailed', { reason: r.error.message }),
    );
  };

  // Main shows the open dialog and reads the file itself (bounded, regular files only): the page
  // never holds or sends the file's text (issue 26).
  const choose = async () => {
    setPreview(null);
    setErrors([]);
    setStatus('');
    const r = await api.previewImport();
    if (!r.ok) setErrors([r.error.message]);
    else if (r.value === null) return; // the person cancelled the dialog
    else if (!r.value.ok) setErrors(r.value.errors);
    else setPreview({ token: r.value.token, preview: r.value.preview });
  };

  const apply = async () => {
    if (!preview) return;
    const r = await api.applyImport(preview.token);
    setPreview(null);
    if (r.ok) {
      const own = r.value.ownAdded > 0 ? ` ${t('history.transfer.importedOwn', { count: r.value.ownAdded })}` : '';
      setStatus(t('history.transfer.imported', { records: r.value.recordsAdded, settings: r.value.settingsChanged }) + own);
      onImported();
    } else setStatus(t('history.transfer.importFailed', { reason: r.error.message }));
  };

  return (
    <section class="card" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('history.transfer.title')}</h2>
      <p class="hint">{t('history.transfer.hint')}</p>
      <div class="button-row">
        <button type="button" class="button-secondary" onClick={() => void exportAs('json')}>
          {t('history.transfer.exportJson')}
        </button>
        <button type="button" class="button-secondary" onClick={() => void exportAs('csv')}>
          {t('history.transfer.exportCsv')}
        </button>
        <button type="button" class="button-secondary" onClick={() => void choose()}>
          {t('history.transfer.import')}
        </button>
      </div>
      <p class="save-status" role="status">
        {status}
      </p>
      {errors.length > 0 && (
        <div class="error-box" role="alert">
          <p>
            <strong>{t('history.transfer.nothingImported')}</strong> {t('history.transfer.problems')}
          </p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {preview && (
        <div class="import-preview" role="region" aria-label={t('history.transfer.preview')}>
          <p>{previewWords(preview.preview)}</p>
          {preview.preview.own && <OwnPreviewWords own={preview.preview.own} />}
          {preview.preview.systemEffects.length > 0 && (
            <>
              <p>
                <strong>{t('history.transfer.systemEffects')}</strong>
              </p>
              <ul class="system-effects">
                {preview.preview.systemEffects.map((effect) => (
                  <li key={effect}>{effect}</li>
                ))}
              </ul>
            </>
          )}
          {preview.preview.settingsChanges.length > 0 && (
            <ul>
              {preview.preview.settingsChanges.map((c) => (
                <li key={c.key} translate={false}>
                  {c.key}: {JSON.stringify(c.from)} → {JSON.stringify(c.to)}
                </li>
              ))}
            </ul>
          )}
          <div class="button-row">
            <button type="button" class="button-primary" onClick={() => void apply()}>
              {t('history.transfer.apply')}
            </button>
            <button type="button" class="button-quiet" onClick={() => setPreview(null)}>
              {t('history.transfer.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
