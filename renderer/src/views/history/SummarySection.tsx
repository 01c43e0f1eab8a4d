import { useState } from 'preact/hooks';
import { t } from '@electron/i18n/common/translate';
import { api } from '../../api';

type State = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; path: string; openFailed: boolean } | { kind: 'message'; text: string };

/**
 * The one-page summary for a physiotherapist or doctor (issue 22): main prints it to a PDF where
 * the person chooses, then it can be opened in the system's viewer. "Saved" only once main says so.
 */
export function SummarySection() {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const save = async () => {
    setState({ kind: 'saving' });
    const r = await api.saveClinicianSummary();
    if (!r.ok) setState({ kind: 'message', text: t('history.report.failed', { message: r.error.message }) });
    else if (r.value === null) setState({ kind: 'message', text: t('history.report.cancelled') });
    else setState({ kind: 'saved', path: r.value, openFailed: false });
  };
  const open = async (path: string) => {
    const r = await api.openClinicianSummary();
    if (!r.ok || !r.value) setState({ kind: 'saved', path, openFailed: true });
  };

  return (
    <section class="card" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('history.report.sectionTitle')}</h2>
      <p class="hint">{t('history.report.sectionBody')}</p>
      <div class="button-row">
        <button type="button" class="button-secondary" disabled={state.kind === 'saving'} onClick={() => void save()}>
          {t('history.report.save')}
        </button>
        {state.kind === 'saved' && !state.openFailed && (
          <button type="button" class="button-secondary" onClick={() => void open(state.path)}>
            {t('history.report.open')}
          </button>
        )}
      </div>
      <p role="status">
        {state.kind === 'saving' && t('history.report.saving')}
        {state.kind === 'saved' && (state.openFailed ? t('history.report.openFailed', { path: state.path }) : t('history.report.savedTo', { path: state.path }))}
        {state.kind === 'message' && state.text}
      </p>
    </section>
  );
}
