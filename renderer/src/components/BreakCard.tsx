import { useLayoutEffect, useRef } from 'preact/hooks';
import { heldBackText } from '@electron/breaks/common/wording';
import type { BreakPlanStatus as BreakStatus } from '@electron/breaks/common/status';
import type { IdleNote } from '@electron/breaks/common/status';
import type { PauseChoice } from '@electron/breaks/common/break-channels';
import type { IpcResult } from '@electron/base/common/result';
import { api } from '../api';
import { formatRemaining } from '../format-remaining';
import { formatSitting } from '../format-sitting';
import { useBreakStatus } from '../hooks/use-break-status';
import { useCountdowns } from '../hooks/use-countdown';
import './BreakCard.css';
import { LoadError } from './LoadError';
import { SittingToday } from './SittingToday';
import { t } from '@electron/i18n/common/translate';
import { formatMinutes, formatTime } from '@electron/i18n/common/format';

const time = (ms: number) => formatTime(ms);

/** Why time away from the desk is not counted as a break right now, if it is not. */
const IDLE_NOTE_TEXT: Record<NonNullable<IdleNote>, () => string> = {
  unsupported: () => t('app.break.idleUnsupported'),
  stuck: () => t('app.break.idleStuck', { minutes: 90 }),
};

/** Holds whose cause a presence probe names ("microphone in use by zoom"). */
const PRESENCE_HOLDS: ReadonlySet<BreakStatus['blocked']> = new Set(['in-call', 'presenting', 'dnd']);

/** The next break, live, with the controls a user reaches for: pause, resume, focus, skip. */
export function BreakCard() {
  const live = useBreakStatus();
  const status = live.kind === 'ready' ? live.value : null;
  const active = !!status?.next;
  const {
    left: [left = null, postureLeft = null],
    elapsed: [sitting = null],
  } = useCountdowns({
    until: [
      active ? status.stretchAt : null,
      active && status.postureAt !== null && status.postureAt < status.stretchAt ? status.postureAt : null,
    ],
    since: [status?.sittingSince ?? null],
  });
  const refreshed = useRef<number | null>(null);

  // At zero, ask main once: it catches up (the break fires, or a sleep is noticed). Never stuck at 0.
  // A layout effect runs in the render's own task; a plain effect would wake the page once more
  // after the next frame for every change of the countdown.
  useLayoutEffect(() => {
    const zero = left === 0 || postureLeft === 0;
    if (zero && status?.next && refreshed.current !== status.next.at) {
      refreshed.current = status.next.at;
      live.refetch();
    }
  }, [left, postureLeft, status]);

  if (live.kind === 'failed') {
    return (
      <section class="card break-card" aria-labelledby="next-break-title">
        <h2 id="next-break-title">{t('app.break.title')}</h2>
        <LoadError what={t('app.loadError.breaks')} message={live.message} onRetry={live.retry} />
      </section>
    );
  }
  if (!status) return null;
  // Each control answers with the new status: show it at once rather than wait for the event.
  const act = (call: Promise<IpcResult<BreakStatus>>) => void call.then((r) => r.ok && live.set(r.value));
  const pause = (choice: PauseChoice) => act(api.pauseReminders(choice));
  const paused = status.blocked === 'paused';

  return (
    <section class="card break-card" aria-labelledby="next-break-title">
      <h2 id="next-break-title">{t('app.break.title')}</h2>
      {status.next && left !== null ? (
        <>
          <p class="countdown">
            <span class="countdown-value" role="timer" aria-label={t('app.break.inTime', { time: formatRemaining(left) })}>
              {formatRemaining(left)}
            </span>
            <span class="muted"> {t('app.break.atTime', { time: time(status.stretchAt) })}</span>
          </p>
          {postureLeft !== null && <p class="muted posture-line">{t('app.break.postureIn', { time: formatRemaining(postureLeft) })}</p>}
        </>
      ) : (
        <>
          <p class="held-back" role="status">
            {heldBackText(status, time)}
          </p>
          {PRESENCE_HOLDS.has(status.blocked) && status.heldBecause && <p class="hint held-because">{t('app.break.howKnows', { reason: status.heldBecause })}</p>}
        </>
      )}
      {sitting !== null && <p class="sitting-line">{formatSitting(sitting)}</p>}
      <SittingToday status={status} act={act} />
      {status.idleNote && <p class="hint idle-note">{IDLE_NOTE_TEXT[status.idleNote]()}</p>}
      <div class="button-row">
        {paused ? (
          <button type="button" class="button-secondary" onClick={() => act(api.resumeReminders())}>
            {t('app.break.resume')}
          </button>
        ) : (
          <div class="pause-group" role="group" aria-label={t('app.break.pauseGroup')}>
            <span class="group-label" aria-hidden="true">
              {t('app.break.pauseLabel')}
            </span>
            <button type="button" class="button-secondary" onClick={() => pause('30m')}>
              {formatMinutes(30)}
            </button>
            <button type="button" class="button-secondary" onClick={() => pause('1h')}>
              {formatMinutes(60, 'long')}
            </button>
            <button type="button" class="button-secondary" onClick={() => pause('tomorrow')}>
              {t('app.break.untilTomorrow')}
            </button>
          </div>
        )}
        <button
          type="button"
          class="button-secondary"
          aria-pressed={status.focus}
          onClick={() => act(api.setFocusMode(!status.focus))}
        >
          {status.focus ? t('app.break.focusOn') : t('app.break.focus')}
        </button>
        {!paused && !status.focus && (
          <button type="button" class="button-quiet" onClick={() => act(api.skipNextBreak())}>
            {t('app.break.skipNext')}
          </button>
        )}
      </div>
    </section>
  );
}
