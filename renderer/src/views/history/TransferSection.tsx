import { useState } from 'preact/hooks';
import type { ImportPreview } from '@electron/transfer/common/transfer';
import { api } from '../../api';
import { t } from '@electron/i18n/common/translate';
import { formatMegabytes } from '@electron/i18n/common/format';
import './TransferSection.css';

/** Larger than this is not an export Limber wrote; the file is not even read. */
const MAX_MB = 20;

/** What an import would do, in one sentence. */
function previewWords(preview: ImportPreview): string {
  const values = { records: preview.newRecords, settings: preview.settingsChanges.length, duplicates: preview.duplicateRecords };
  return preview.duplicateRecords > 0 ? t('history.transfer.previewAddsSkipping', values) : t('history.transfer.previewAdds', values);
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

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    setPreview(null);
    setErrors([]);
    if (!file) return;
    if (file.size > MAX_MB * 1024 * 1024) {
      setErrors([t('history.transfer.tooLarge', { size: formatMegabytes(MAX_MB) })]);
      return;
    }
    const r = await api.previewImport(await file.text());
    if (!r.ok) setErrors([r.error.message]);
    else if (!r.value.ok) setErrors(r.value.errors);
    else setPreview({ token: r.value.token, preview: r.value.preview });
  };

  const apply = async () => {
    if (!preview) return;
    const r = await api.applyImport(preview.token);
    setPreview(null);
    if (r.ok) {
      setStatus(t('history.transfer.imported', { records: r.value.recordsAdded, settings: r.value.settingsChanged }));
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
        <label class="button-secondary file-button">
          {t('history.transfer.import')}
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={(e) => void choose(e)} />
        </label>
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
          {/* What reaches beyond Limber's windows is said before Import is pressed. */}
          {preview.preview.systemEffects.length > 0 && (
            <>
              <p>{t('history.transfer.effects')}</p>
              <ul class="import-effects">
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
