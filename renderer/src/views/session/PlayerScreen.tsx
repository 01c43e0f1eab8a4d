import type { ComponentChildren } from 'preact';
import { ExercisePicture } from '../../components/ExercisePicture';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { stopLine } from '@electron/safety/common/content';
import type { SessionView } from '@electron/session/common/session';
import { announcement } from './announce';
import { ProgressRing } from './ProgressRing';
import { markStepsSeen, stepsSeen } from './seen-steps';
import { clockText, timerLabel, timerName } from './timer-text';
import { usePlayerKeys } from './use-player-keys';
import { OwnMark } from '../../components/OwnMark';
import './PlayerScreen.css';
import './PlayerFit.css';
import { t } from '@electron/i18n/common/translate';
import { formatNumber } from '@electron/i18n/common/format';

interface Props {
  routineName: string;
  view: SessionView;
  /** False while another view is on screen: the keys are left alone. */
  active: boolean;
  onPause: () => void;
  onResume: () => void;
  onBack: () => void;
  /** Next phase; in a lead-in this is "Ready": start the hold now. */
  onNext: () => void;
  onAskEnd: () => void;
  onHurt: () => void;
  onWarningSigns: () => void;
  /** Shown under the instructions while the first exercise runs (the optional pain rating). */
  extra?: ComponentChildren;
  /** Switch to the floor view: large timer, full screen. */
  onFloorView: () => void;
}

/**
 * The running session, laid out to fit the window at every allowed size: timer, side and
 * controls always in view; the figure shrinks first and the instructions scroll in their panel.
 */
export function PlayerScreen(props: Props) {
  const { view, active } = props;
  const [spoken, setSpoken] = useState('');
  const seconds = Math.ceil(view.remainingMs / 1000);

  useEffect(() => {
    const text = announcement(view);
    if (text) setSpoken(text);
  }, [view.phase, view.stepIndex, view.side, view.rep, seconds, view.paused]);

  usePlayerKeys(active, view, props);

  // The steps are open the first time an exercise comes up, one click away after that.
  const stepsOpen = useMemo(() => !stepsSeen(view.exercise.id), [view.exercise.id]);
  useEffect(() => markStepsSeen(view.exercise.id), [view.exercise.id]);

  const label = timerLabel(view);
  const holding = view.phase === 'hold';
  // The big line says what to do now; the line under it, which side (or which rep) comes.
  const headline = holding ? (view.sideLabel ?? view.cueText) : view.cueText;
  const subline =
    (view.paused || view.waiting) && view.leadIn
      ? t('app.player.takeYourTime', { ready: t('app.player.ready') })
      : holding
        ? view.sideLabel && view.reps > 1
          ? t('app.player.rep', { rep: formatNumber(view.rep), reps: formatNumber(view.reps) })
          : ''
        : (view.sideLabel ?? '');
  const readyLabel = view.leadIn ? t('app.player.ready') : t('app.player.next');

  return (
    <section class="view player" aria-labelledby="player-title">
      <header class="player-head">
        <div class="player-titles">
          <p class="muted player-routine">
            {t('app.player.routineStep', { routine: props.routineName, step: formatNumber(view.stepIndex + 1), count: formatNumber(view.stepCount) })}
          </p>
          <h1 id="player-title" tabIndex={-1}>
            {view.exercise.name}
            <OwnMark id={view.exercise.id} />
          </h1>
        </div>
        <button type="button" class="button-danger" onClick={props.onHurt}>
          {t('app.player.hurtButton')}
        </button>
      </header>
      <div class="stop-line player-stop-line" role="note">
        <span>{stopLine()}</span>
        <button type="button" class="button-quiet" onClick={props.onWarningSigns}>
          {t('app.player.warningSigns')}
        </button>
      </div>

      <div class="player-stage">
        <div class="player-figure">
          <ExercisePicture exercise={view.exercise} mirrored={view.mirrored} animate={view.phase === 'hold' && !view.paused} />
        </div>
        <div class="player-timer">
          <p class={`cue cue-${view.phase}`}>{headline}</p>
          {/* Always there, empty or not, so nothing below it moves. */}
          <p class="player-subline">{subline || '\u00a0'}</p>
          <ProgressRing progress={view.progress} text={clockText(view.remainingMs, view.durationMs)} label={label} name={timerName(view.remainingMs, label)} />
        </div>
      </div>

      <div class="player-info" tabIndex={0} role="region" aria-label={t('app.player.instructions')}>
        {view.instructions.length > 0 && (
          <ul class="phase-instructions" aria-label={t('app.player.now')}>
            {view.instructions.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        <details class="steps-detail" key={view.exercise.id} open={stepsOpen}>
          <summary>{t('app.player.howTo')}</summary>
          <ol>
            {view.exercise.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p>
            <strong>{t('app.player.stopIf')}</strong> {view.exercise.stopIf.join(' ')}
          </p>
        </details>
        <ul class="cues-list">
          {view.exercise.cues.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        <p class="feel">
          <strong>{t('app.player.feel')}</strong> {view.exercise.feel}
        </p>
        {props.extra}
      </div>

      <div class="player-controls" role="group" aria-label={t('app.player.controls')}>
        <button type="button" class="button-secondary" onClick={props.onBack} aria-keyshortcuts="ArrowLeft">
          {t('app.player.back')}
        </button>
        {/* Coming back to a paused session, focus lands here: one key press carries on. */}
        <button
          type="button"
          class="button-primary"
          data-focus-first={view.paused ? '' : undefined}
          onClick={view.paused ? props.onResume : props.onPause}
          aria-keyshortcuts="Space"
        >
          {view.paused ? t('app.player.resume') : t('app.player.pause')}
        </button>
        <button type="button" class={view.leadIn ? 'button-primary' : 'button-secondary'} onClick={props.onNext} aria-keyshortcuts="ArrowRight">
          {readyLabel}
        </button>
        <button type="button" class="button-quiet" onClick={props.onAskEnd} aria-keyshortcuts="Escape">
          {t('app.player.end')}
        </button>
        <button type="button" class="button-quiet" onClick={props.onFloorView}>
          {t('app.player.floorView')}
        </button>
        <p class="hint player-hint">{t('app.player.keysHint', { next: readyLabel })}</p>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </section>
  );
}
