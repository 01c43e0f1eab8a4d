import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { STOP_LINE } from '@core/safety/content';
import type { SessionView } from '@core/session/session';
import { Figure } from '../../illustrations/Figure';
import { ProgressRing } from './ProgressRing';
import './PlayerScreen.css';

interface Props {
  routineName: string;
  view: SessionView;
  onPause: () => void;
  onResume: () => void;
  onBack: () => void;
  onNext: () => void;
  onEnd: () => void;
  onHurt: () => void;
}

const PHASE_LABEL: Record<string, string> = {
  'get-ready': 'Get ready',
  hold: 'Hold',
  switch: 'Switch',
  rest: 'Relax',
  transition: 'Up next',
};

/** What a screen reader hears: the phase when it starts, halfway, and ten seconds before the end. */
function announcement(view: SessionView): string | null {
  const seconds = Math.ceil(view.remainingMs / 1000);
  const total = Math.round(view.durationMs / 1000);
  if (view.paused) return `Paused with ${seconds} seconds left.`;
  if (seconds === total) {
    if (view.phase === 'hold') return `${view.exercise.name}${view.side ? `, side ${view.side}` : ''}: hold for ${total} seconds.`;
    return view.cueText;
  }
  if (view.phase === 'hold' && total >= 20 && seconds === Math.round(total / 2)) return `Halfway. ${seconds} seconds left.`;
  if (view.phase === 'hold' && total >= 20 && seconds === 10) return 'Ten seconds left.';
  return null;
}

export function PlayerScreen({ routineName, view, onPause, onResume, onBack, onNext, onEnd, onHurt }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [spoken, setSpoken] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const seconds = Math.ceil(view.remainingMs / 1000);

  useEffect(() => {
    const text = announcement(view);
    if (text) setSpoken(text);
  }, [view.phase, view.stepIndex, view.side, view.rep, seconds, view.paused]);

  // A layout effect: the keys work from the first frame the player is on screen.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (confirming || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === ' ') {
        e.preventDefault();
        if (view.paused) onResume();
        else onPause();
      } else if (e.key === 'ArrowRight') {
        e.preventDefault();
        onNext();
      } else if (e.key === 'ArrowLeft') {
        e.preventDefault();
        onBack();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        setConfirming(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view.paused, confirming]);

  useEffect(() => {
    if (confirming && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [confirming]);

  const sideText = view.side ? (view.exercise.limb === 'leg' ? `${view.side === 1 ? 'First' : 'Second'} leg` : `Side ${view.side}`) : null;
  const showCue = view.phase === 'switch' || view.phase === 'transition' || view.phase === 'get-ready' || view.phase === 'rest';

  return (
    <section class="view player" aria-labelledby="player-title">
      <header class="player-head">
        <div>
          <p class="muted player-routine">
            {routineName} · step {view.stepIndex + 1} of {view.stepCount}
          </p>
          <h1 id="player-title" tabIndex={-1}>
            {view.exercise.name}
          </h1>
        </div>
        <button type="button" class="button-danger" onClick={onHurt}>
          This hurt — stop
        </button>
      </header>
      <p class="stop-line" role="note">
        {STOP_LINE}
      </p>

      <div class="player-body">
        <div class="player-figure">
          <Figure exerciseId={view.exercise.id} mirrored={view.mirrored} animate={view.phase === 'hold' && !view.paused} />
        </div>
        <div class="player-side">
          {showCue ? (
            <p class={`cue cue-${view.phase}`}>{view.cueText}</p>
          ) : (
            sideText && <p class="cue">{sideText}</p>
          )}
          <ProgressRing progress={view.progress} seconds={seconds} label={view.paused ? 'paused' : PHASE_LABEL[view.phase] ?? ''} />
          <ul class="cues-list">
            {view.exercise.cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
          <p class="feel">
            <strong>You should feel:</strong> {view.exercise.feel}
          </p>
        </div>
      </div>

      <details class="steps-detail">
        <summary>How to do it</summary>
        <ol>
          {view.exercise.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p>
          <strong>Stop if:</strong> {view.exercise.stopIf.join(' ')}
        </p>
      </details>

      <div class="player-controls" role="group" aria-label="Session controls">
        <button type="button" class="button-secondary" onClick={onBack} aria-keyshortcuts="ArrowLeft">
          Back
        </button>
        {view.paused ? (
          <button type="button" class="button-primary" onClick={onResume} aria-keyshortcuts="Space">
            Resume
          </button>
        ) : (
          <button type="button" class="button-primary" onClick={onPause} aria-keyshortcuts="Space">
            Pause
          </button>
        )}
        <button type="button" class="button-secondary" onClick={onNext} aria-keyshortcuts="ArrowRight">
          Next
        </button>
        <button type="button" class="button-quiet" onClick={() => setConfirming(true)} aria-keyshortcuts="Escape">
          End session
        </button>
      </div>
      <p class="hint">Keys: Space pause or resume · ← back · → next · Esc end</p>
      <p class="visually-hidden" aria-live="polite">
        {spoken}
      </p>

      {confirming && (
        <dialog ref={dialog} class="confirm" aria-labelledby="confirm-title" onCancel={() => setConfirming(false)}>
          <h2 id="confirm-title">End this session?</h2>
          <p>What you have done so far is kept in your history.</p>
          <div class="dialog-actions">
            <button type="button" class="button-secondary" autoFocus onClick={() => setConfirming(false)}>
              Keep going
            </button>
            <button
              type="button"
              class="button-primary"
              onClick={() => {
                setConfirming(false);
                onEnd();
              }}
            >
              End session
            </button>
          </div>
        </dialog>
      )}
    </section>
  );
}
