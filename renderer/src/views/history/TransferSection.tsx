import { useState } from 'preact/hooks';
import type { ImportPreview } from '@electron/transfer/common/transfer';
import { api } from '../../api';
import './TransferSection.css';

/** Export as JSON or CSV; import JSON with a full check and a preview before anything changes. */
export function TransferSection({ onImported }: { onImported: () => void }) {
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [preview, setPreview] = useState<{ token: string; preview: ImportPreview } | null>(null);

  const exportAs = async (format: 'json' | 'csv') => {
    const r = await api.exportData(format);
    setStatus(r.ok ? (r.value ? `Saved to ${r.value}` : 'Export cancelled.') : `Export failed: ${r.error.message}`);
  };

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    setPreview(null);
    setErrors([]);
    if (!file) return;
    if (file.size > 20 * 1024 * 1024) {
      setErrors(['The file is larger than 20 MB; that is not a Limber export.']);
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
      setStatus(`Imported: ${r.value.recordsAdded} history entries, ${r.value.settingsChanged} settings.`);
      onImported();
    } else setStatus(`Import failed: ${r.error.message}. Nothing was changed.`);
  };

  return (
    <section class="card" aria-labelledby="transfer-title">
      <h2 id="transfer-title">Export and import</h2>
      <p class="hint">Everything stays on this computer unless you export it.</p>
      <div class="button-row">
        <button type="button" class="button-secondary" onClick={() => void exportAs('json')}>
          Export everything (JSON)
        </button>
        <button type="button" class="button-secondary" onClick={() => void exportAs('csv')}>
          Export history (CSV)
        </button>
        <label class="button-secondary file-button">
          Import from JSON…
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={(e) => void choose(e)} />
        </label>
      </div>
      <p class="save-status" role="status">
        {status}
      </p>
      {errors.length > 0 && (
        <div class="error-box" role="alert">
          <p>
            <strong>Nothing was imported.</strong> The file has these problems:
          </p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {preview && (
        <div class="import-preview" role="region" aria-label="Import preview">
          <p>
            This import adds <strong>{preview.preview.newRecords}</strong> history entries
            {preview.preview.duplicateRecords > 0 ? ` (${preview.preview.duplicateRecords} already here are skipped)` : ''} and changes{' '}
            <strong>{preview.preview.settingsChanges.length}</strong> settings.
          </p>
          {preview.preview.settingsChanges.length > 0 && (
            <ul>
              {preview.preview.settingsChanges.map((c) => (
                <li key={c.key}>
                  {c.key}: {JSON.stringify(c.from)} → {JSON.stringify(c.to)}
                </li>
              ))}
            </ul>
          )}
          <div class="button-row">
            <button type="button" class="button-primary" onClick={() => void apply()}>
              Import
            </button>
            <button type="button" class="button-quiet" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
