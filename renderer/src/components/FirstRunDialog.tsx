import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { firstRunPoints, notMedicalAdvice } from '@electron/safety/common/content';
import { api } from '../api';
import { ScreeningForm } from '../views/safety/ScreeningForm';
import { WarningSigns } from './WarningSigns';
import './FirstRunDialog.css';
import { t } from '@electron/i18n/common/translate';

/**
 * Shown once, before anything else: when to get help instead (the emergency tier first, on screen
 * without scrolling even in the smallest window), then what Limber is not, then the short safety
 * questions (skippable). A native modal dialog, so focus is trapped inside and the rest of the page
 * is inert until it is done.
 */
export function FirstRunDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const [step, setStep] = useState<'notice' | 'questions'>('notice');
  const [error, setError] = useState<string | null>(null);
  const questionsHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useLayoutEffect(() => {
    if (step !== 'questions') return;
    ref.current?.scrollTo(0, 0);
    questionsHeading.current?.focus();
  }, [step]);

  const skip = () =>
    void api
      .updateSettings({ firstRunAcknowledged: true })
      .then((r) => setError(r.ok ? null : t('app.firstRun.saveFailed')));

  return (
    <dialog
      ref={ref}
      class="first-run"
      aria-labelledby={step === 'notice' ? 'first-run-title' : 'first-run-questions-title'}
      onCancel={(e) => e.preventDefault()}
    >
      {step === 'notice' ? (
        <>
          {/* Focus starts at the top, so the notice is read from its beginning, not scrolled to the button. */}
          <h1 id="first-run-title" tabIndex={-1} autoFocus>
            {t('app.firstRun.title')}
          </h1>
          <WarningSigns />
          <h2 id="first-run-notice">{t('app.firstRun.about')}</h2>
          <p class="lead">{notMedicalAdvice()}</p>
          <ul class="points" aria-labelledby="first-run-notice">
            {firstRunPoints().map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
          <div class="dialog-actions">
            <button type="button" class="button-primary" onClick={() => setStep('questions')}>
              {t('app.firstRun.begin')}
            </button>
          </div>
        </>
      ) : (
        <>
          <h1 id="first-run-questions-title" tabIndex={-1} ref={questionsHeading}>
            {t('app.firstRun.questionsTitle')}
          </h1>
          <p>{t('app.firstRun.questionsText')}</p>
          <ScreeningForm initial={null} alsoSave={{ firstRunAcknowledged: true }} saveLabel={t('app.firstRun.saveAndStart')} onSkip={skip} />
          {error && <p role="alert">{error}</p>}
        </>
      )}
    </dialog>
  );
}
