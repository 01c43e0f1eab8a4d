import { useState } from 'preact/hooks';
import type { SessionSummary } from '@core/session/session';
import { exerciseById } from '@core/exercises/catalogue';
import { PainScale } from '../../components/PainScale';
import './FinishScreen.css';

interface Props {
  summary: SessionSummary;
  painBefore: number | null;
  onPainAfter: (rating: number) => void;
  onHome: () => void;
  onAgain: () => void;
}

export function FinishScreen({ summary, painBefore, onPainAfter, onHome, onAgain }: Props) {
  const [after, setAfter] = useState<number | null>(null);
  const minutes = Math.max(1, Math.round((summary.endedAt - summary.startedAt) / 60_000));
  const title =
    summary.endReason === 'hurt' ? 'Session stopped' : summary.completed ? 'Well done' : 'Session ended';
  return (
    <section class="view finish" aria-labelledby="finish-title">
      <h1 id="finish-title" tabIndex={-1}>
        {title}
      </h1>
      {summary.endReason === 'hurt' ? (
        <p class="lead" role="status">
          Good call to stop. It is noted in your history. If pain spreads down your leg, keeps getting worse or comes with
          numbness or weakness, check the warning signs on the Safety page and talk to a clinician.
        </p>
      ) : (
        <p class="lead" role="status">
          {summary.routineName}: about {minutes} {minutes === 1 ? 'minute' : 'minutes'} of gentle movement. Saved to your history.
        </p>
      )}
      <section class="card" aria-labelledby="done-title">
        <h2 id="done-title">What you did</h2>
        <ul class="done-list">
          {summary.steps.map((step) => {
            const exercise = exerciseById(step.exerciseId);
            const sides = exercise?.sides === 2 ? `${step.sidesDone} of 2 sides` : step.sidesDone > 0 ? 'done' : 'skipped';
            return (
              <li key={step.exerciseId}>
                <strong>{exercise?.name ?? step.exerciseId}</strong> — {sides}, {step.secondsHeld} s held
              </li>
            );
          })}
        </ul>
      </section>
      <div class="card">
        <PainScale
          label={painBefore === null ? 'How is your pain now? (optional)' : `Pain now? You said ${painBefore} before. (optional)`}
          value={after}
          onChange={(n) => {
            setAfter(n);
            onPainAfter(n);
          }}
        />
      </div>
      <div class="button-row">
        <button type="button" class="button-primary" onClick={onHome} autoFocus>
          Back to home
        </button>
        <button type="button" class="button-secondary" onClick={onAgain}>
          Do it again
        </button>
      </div>
    </section>
  );
}
