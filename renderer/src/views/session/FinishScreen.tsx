import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SessionSummary } from '@electron/session/common/session';
import type { Settings } from '@electron/settings/common/schema';
import { exerciseById } from '@electron/exercises/common/catalogue';
import { PainScale } from '../../components/PainScale';
import { FlareConfirm } from '../safety/FlareConfirm';
import { LeaveOutOffer } from '../safety/LeaveOutOffer';
import { Modal } from './Modal';
import './FinishScreen.css';

interface Props {
  summary: SessionSummary;
  painBefore: number | null;
  /** Flare-up mode is already on. */
  inFlareUp: boolean;
  onPainAfter: (rating: number) => void;
  onHome: () => void;
  onAgain: () => void;
  onWarningSigns: () => void;
  /** Exercises already left out after "This hurt" (the offer to leave one out adds to these). */
  leftOutExercises: Settings['leftOutExercises'];
}

type Step = SessionSummary['steps'][number];

/**
 * "2 of 2 sides, 120 s held", "done", "skipped" — and after "This hurt", "stopped" for the
 * exercise the pain cut short and "not started" for the ones after it: nothing was skipped.
 */
function stepStatus(step: Step, hurt: boolean): string {
  const sided = exerciseById(step.exerciseId)?.sides === 2;
  const full = sided ? step.sidesDone === 2 : step.sidesDone > 0;
  const held = `${step.secondsHeld} s held`;
  if (hurt && !full) {
    if (step.secondsHeld === 0) return 'not started';
    return `${step.sidesDone > 0 && sided ? `${step.sidesDone} of 2 sides, then stopped` : 'stopped'}, ${held}`;
  }
  return `${sided ? `${step.sidesDone} of 2 sides` : step.sidesDone > 0 ? 'done' : 'skipped'}, ${held}`;
}

export function FinishScreen({ summary, painBefore, inFlareUp, onPainAfter, onHome, onAgain, onWarningSigns, leftOutExercises }: Props) {
  const [after, setAfter] = useState<number | null>(null);
  // Only turning it on here changes it (and moves focus): a flare-up already on is just stated.
  const [flareOn, setFlareOn] = useState(false);
  const [confirmFlare, setConfirmFlare] = useState(false);
  const flareStatus = useRef<HTMLParagraphElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const hurt = summary.endReason === 'hurt';
  const minutes = Math.max(1, Math.round((summary.endedAt - summary.startedAt) / 60_000));
  const title = hurt ? 'Session stopped' : summary.completed ? 'Well done' : 'Session ended';

  // Every finish, however it came (the end, "End session", "This hurt"), starts reading here.
  useLayoutEffect(() => heading.current?.focus(), []);
  // Turned on from the dialog: its button is gone, so reading goes on from what changed.
  useLayoutEffect(() => {
    if (flareOn) flareStatus.current?.focus();
  }, [flareOn]);

  return (
    <section class="view finish" aria-labelledby="finish-title">
      <h1 id="finish-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {hurt ? (
        <>
          <p class="lead" role="status">
            Good call to stop; it is noted in your history. If pain spreads down your leg, keeps getting worse or comes with
            numbness or weakness, read the warning signs and talk to a clinician.
          </p>
          <div class="button-row">
            <button type="button" class="button-primary" onClick={onWarningSigns}>
              See the warning signs
            </button>
            {flareOn || inFlareUp ? (
              <p role="status" tabIndex={-1} ref={flareStatus}>
                Flare-up mode is on: short, gentle breaks more often, then your exercises come back over the week.
              </p>
            ) : (
              <button type="button" class="button-secondary" onClick={() => setConfirmFlare(true)}>
                Turn on flare-up mode
              </button>
            )}
          </div>
          <LeaveOutOffer steps={summary.steps} leftOut={leftOutExercises} />
          {confirmFlare && (
            // As on the Safety page: the urgent warning signs first, then the choice.
            <Modal titleId="finish-flare-title" wide onClose={() => setConfirmFlare(false)}>
              <FlareConfirm
                titleId="finish-flare-title"
                headingLevel={2}
                onStarted={() => {
                  setConfirmFlare(false);
                  setFlareOn(true);
                }}
                onCancel={() => setConfirmFlare(false)}
              />
            </Modal>
          )}
        </>
      ) : (
        <p class="lead" role="status">
          {summary.routineName}: about {minutes} {minutes === 1 ? 'minute' : 'minutes'} of gentle movement. Saved to your history.
        </p>
      )}
      <section class="card" aria-labelledby="done-title">
        <h2 id="done-title">What you did</h2>
        <ul class="done-list">
          {summary.steps.map((step) => (
            <li key={step.exerciseId}>
              <strong>{exerciseById(step.exerciseId)?.name ?? step.exerciseId}</strong> — {stepStatus(step, hurt)}
            </li>
          ))}
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
        <button type="button" class={hurt ? 'button-secondary' : 'button-primary'} onClick={onHome}>
          Back to home
        </button>
        {!hurt && (
          <button type="button" class="button-secondary" onClick={onAgain}>
            Do it again
          </button>
        )}
      </div>
    </section>
  );
}
