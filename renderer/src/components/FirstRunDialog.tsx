import { useEffect, useRef } from 'preact/hooks';
import { FIRST_RUN_POINTS, NOT_MEDICAL_ADVICE } from '@core/safety/content';
import { api } from '../api';
import { WarningSigns } from './WarningSigns';
import './FirstRunDialog.css';

/**
 * Shown once, before anything else: when to get help instead (the emergency tier first, on screen
 * without scrolling even in the smallest window), then what Limber is not. A native modal dialog, so
 * focus is trapped inside and the rest of the page is inert until it is accepted.
 */
export function FirstRunDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={ref} class="first-run" aria-labelledby="first-run-title" onCancel={(e) => e.preventDefault()}>
      {/* Focus starts at the top, so the notice is read from its beginning, not scrolled to the button. */}
      <h1 id="first-run-title" tabIndex={-1} autoFocus>
        Before you start
      </h1>
      <WarningSigns />
      <h2 id="first-run-notice">About Limber</h2>
      <p class="lead">{NOT_MEDICAL_ADVICE}</p>
      <ul class="points" aria-labelledby="first-run-notice">
        {FIRST_RUN_POINTS.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <div class="dialog-actions">
        <button type="button" class="button-primary" onClick={() => void api.updateSettings({ firstRunAcknowledged: true })}>
          I understand, let's begin
        </button>
      </div>
    </dialog>
  );
}
