import { useEffect, useState } from 'preact/hooks';
import type { SessionView } from '@electron/session/common/session';
import { announcement } from './announce';
import { clockText, timerLabel, timerName } from './timer-text';
import { usePlayerKeys, type PlayerHandlers } from './use-player-keys';
import { OwnMark } from '../../components/OwnMark';
import './FloorScreen.css';
import { t } from '@electron/i18n/common/translate';
import { formatNumber, formatSeconds } from '@electron/i18n/common/format';

interface Props extends PlayerHandlers {
  routineName: string;
  view: SessionView;
  active: boolean;
  onHurt: () => void;
  onLeave: () => void;
}

/**
 * Full screen while the floor view is open, where the platform allows it; otherwise it fills the
 * window. The top bar behind it is made inert, so Tab stays in the floor view.
 */
function useFullScreen(): void {
  useEffect(() => {
    const root = document.documentElement;
    const behind = document.querySelectorAll<HTMLElement>('.topbar, .skip-link');
    behind.forEach((el) => (el.inert = true));
    let entered = false;
    if (!document.fullscreenElement && root.requestFullscreen) {
      root
        .requestFullscreen()
        .then(() => (entered = true))
        .catch(() => {}); // Not allowed here (no user gesture, a kiosk): the view still fills the window.
    }
    return () => {
      behind.forEach((el) => (el.inert = false));
      if (entered && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, []);
}

/**
 * The session as seen from a mat, 2–3 m from the screen: what to do, which side and the seconds
 * left, as large as the window allows (the digits at least a fifth of its height), what comes
 * next, and a lead-in that waits for the person — any key, a click anywhere, or Space.
 */
export function FloorScreen(props: Props) {
  const { view, active } = props;
  const [spoken, setSpoken] = useState('');
  const seconds = Math.ceil(view.remainingMs / 1000);
  useFullScreen();
  usePlayerKeys(active, view, props);
  useEffect(() => {
    const text = view.waiting ? t('app.floor.readyAnnounce') : announcement(view);
    if (text) setSpoken(text);
  }, [view.phase, view.stepIndex, view.side, view.rep, seconds, view.paused, view.waiting]);

  const holding = view.phase === 'hold';
  const headline = holding ? (view.sideLabel ?? view.cueText) : view.cueText;
  const waiting = view.waiting && !view.paused;
  const label = timerLabel(view);
  const autoStart = view.autoStartInMs === null ? null : Math.ceil(view.autoStartInMs / 1000);

  return (
    // A click anywhere that is not a control starts a waiting hold: the mouse may be all in reach.
    <section
      class={`floor ${waiting ? 'floor-waiting' : ''}`}
      aria-labelledby="floor-title"
      onClick={(e) => {
        if (waiting && !(e.target as Element).closest('button')) props.onNext();
      }}
    >
      <p class="floor-routine">
        {t('app.player.routineStep', { routine: props.routineName, step: formatNumber(view.stepIndex + 1), count: formatNumber(view.stepCount) })}
        <OwnMark id={view.exercise.id} />
      </p>
      <h1 id="floor-title" class="floor-exercise" tabIndex={-1}>
        {view.exercise.name}
      </h1>
      <p class={`floor-phase floor-phase-${view.phase}`}>{headline}</p>
      {view.instructions.length > 0 && (
        <ul class="floor-instructions" aria-label={t('app.player.now')}>
          {view.instructions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {waiting ? (
        <div class="floor-ready">
          <p class="floor-ready-word">{t('app.floor.ready')}</p>
          <p class="floor-ready-how">
            {autoStart !== null ? t('app.floor.howAuto', { time: formatSeconds(autoStart) }) : t('app.floor.how')}
          </p>
        </div>
      ) : (
        <div class="floor-clock">
          <p class="floor-digits" role="timer" aria-label={timerName(view.remainingMs, label)}>
            {clockText(view.remainingMs, view.durationMs)}
          </p>
          <p class="floor-digits-label" aria-hidden="true">
            {label}
          </p>
        </div>
      )}
      <p class="floor-next">{view.upNext ? t('app.floor.then', { next: view.upNext }) : t('app.floor.thenDone')}</p>
      <div class="floor-controls" role="group" aria-label={t('app.player.controls')}>
        <button type="button" class="button-danger" onClick={props.onHurt}>
          {t('app.player.hurtButton')}
        </button>
        <button type="button" class="button-secondary" onClick={view.paused ? props.onResume : props.onPause} aria-keyshortcuts="Space">
          {view.paused ? t('app.player.resume') : t('app.player.pause')}
        </button>
        <button type="button" class={view.leadIn ? 'button-primary' : 'button-secondary'} onClick={props.onNext} aria-keyshortcuts="ArrowRight">
          {view.leadIn ? t('app.player.ready') : t('app.player.next')}
        </button>
        <button type="button" class="button-quiet" onClick={props.onLeave}>
          {t('app.floor.leave')}
        </button>
        <button type="button" class="button-quiet" onClick={props.onAskEnd} aria-keyshortcuts="Escape">
          {t('app.player.end')}
        </button>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </section>
  );
}
