import { useEffect, useRef } from 'preact/hooks';
import type { BreakStatus } from '@core/breaks/runtime';
import type { PauseChoice } from '@core/ipc/channels/breaks';
import type { IpcResult } from '@core/ipc/result';
import { api } from '../api';
import { formatRemaining } from '../format-remaining';
import { useBreakStatus } from '../hooks/use-break-status';
import { useCountdown } from '../hooks/use-countdown';
import './BreakCard.css';
import { LoadError } from './LoadError';

const time = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

function heldBackText(status: BreakStatus): string {
  if (status.showing) return status.showing === 'stretch' ? 'Your stretch break is waiting for you.' : 'Posture check now.';
  switch (status.blocked) {
    case 'paused':
      return status.pausedUntil ? `Reminders paused until ${time(status.pausedUntil)}.` : 'Reminders paused.';
    case 'focus':
      return 'Focus mode is on: reminders wait until you turn it off.';
    case 'away':
      return 'You are away: that counts as a break.';
    case 'outside-hours':
      return status.workingResumesAt ? `Outside your working hours. Reminders start again at ${time(status.workingResumesAt)}.` : 'Outside your working hours.';
    default:
      return '';
  }
}

/** The next break, live, with the controls a user reaches for: pause, resume, focus, skip. */
export function BreakCard() {
  const live = useBreakStatus();
  const status = live.kind === 'ready' ? live.value : null;
  const active = !!status?.next;
  const left = useCountdown(active ? status.stretchAt : null);
  const postureLeft = useCountdown(active && status.postureAt !== null && status.postureAt < status.stretchAt ? status.postureAt : null);
  const refreshed = useRef<number | null>(null);

  // At zero, ask main once: it catches up (the break fires, or a sleep is noticed). Never stuck at 0.
  useEffect(() => {
    const zero = left === 0 || postureLeft === 0;
    if (zero && status?.next && refreshed.current !== status.next.at) {
      refreshed.current = status.next.at;
      live.refetch();
    }
  }, [left, postureLeft, status]);

  if (live.kind === 'failed') {
    return (
      <section class="card break-card" aria-labelledby="next-break-title">
        <h2 id="next-break-title">Next stretch break</h2>
        <LoadError what="the break schedule" message={live.message} onRetry={live.retry} />
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
      <h2 id="next-break-title">Next stretch break</h2>
      {status.next && left !== null ? (
        <>
          <p class="countdown">
            <span class="countdown-value" role="timer" aria-label={`in ${formatRemaining(left)}`}>
              {formatRemaining(left)}
            </span>
            <span class="muted"> at {time(status.stretchAt)}</span>
          </p>
          {postureLeft !== null && <p class="muted posture-line">Posture check in {formatRemaining(postureLeft)}</p>}
        </>
      ) : (
        <p class="held-back" role="status">
          {heldBackText(status)}
        </p>
      )}
      {!status.idleDetection && (
        <p class="hint">Idle time can't be read on this desktop (e.g. Wayland), so time away isn't counted as a break.</p>
      )}
      <div class="button-row">
        {paused ? (
          <button type="button" class="button-secondary" onClick={() => act(api.resumeReminders())}>
            Resume reminders
          </button>
        ) : (
          <div class="pause-group" role="group" aria-label="Pause reminders">
            <span class="group-label" aria-hidden="true">
              Pause:
            </span>
            <button type="button" class="button-secondary" onClick={() => pause('30m')}>
              30 min
            </button>
            <button type="button" class="button-secondary" onClick={() => pause('1h')}>
              1 hour
            </button>
            <button type="button" class="button-secondary" onClick={() => pause('tomorrow')}>
              Until tomorrow
            </button>
          </div>
        )}
        <button
          type="button"
          class="button-secondary"
          aria-pressed={status.focus}
          onClick={() => act(api.setFocusMode(!status.focus))}
        >
          {status.focus ? 'Focus mode: on' : 'Focus mode'}
        </button>
        {!paused && !status.focus && (
          <button type="button" class="button-quiet" onClick={() => act(api.skipNextBreak())}>
            Skip next break
          </button>
        )}
      </div>
    </section>
  );
}
