import { useEffect, useRef } from 'preact/hooks';
import { FIRST_RUN_POINTS, NOT_MEDICAL_ADVICE } from '@electron/safety/common/content';
import { api } from '../api';
import { WarningSigns } from './WarningSigns';
import './FirstRunDialog.css';

/**
 * Shown once, before anything else: what Limber is not, and when to see a doctor. A native modal
 * dialog, so focus is trapped inside and the rest of the page is inert until it is accepted.
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
      <p class="lead">{NOT_MEDICAL_ADVICE}</p>
      <ul class="points">
        {FIRST_RUN_POINTS.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <WarningSigns />
      <div class="dialog-actions">
        <button type="button" class="button-primary" onClick={() => void api.updateSettings({ firstRunAcknowledged: true })}>
          I understand, let's begin
        </button>
      </div>
    </dialog>
  );
}
