import { useLayoutEffect, useRef } from 'preact/hooks';
import type { BreakStatus } from '../../../electron/core/breaks/runtime';
import type { PauseChoice } from '../../../electron/core/ipc/channels/breaks';
import { api } from '../api';
import { useBreakStatus } from '../use-break-status';
import { formatRemaining } from '../remaining-label';
import { useCountdowns } from '../use-countdown';

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
  const [status, setStatus] = useBreakStatus();
  const active = !!status?.next;
  const [left = null, postureLeft = null] = useCountdowns([
    active ? status.stretchAt : null,
    active && status.postureAt !== null && status.postureAt < status.stretchAt ? status.postureAt : null,
  ]);
  const refreshed = useRef<number | null>(null);

  // At zero, ask main once: it catches up (the break fires, or a sleep is noticed). Never stuck at 0.
  // A layout effect runs in the render's own task; a plain effect would wake the page once more
  // after the next frame for every change of the countdown.
  useLayoutEffect(() => {
    const zero = left === 0 || postureLeft === 0;
    if (zero && status?.next && refreshed.current !== status.next.at) {
      refreshed.current = status.next.at;
      void api.getBreakStatus().then((r) => r.ok && setStatus(r.value));
    }
  }, [left, postureLeft, status]);

  if (!status) return null;
  const act = (call: Promise<{ ok: boolean; value?: BreakStatus }>) =>
    void call.then((r) => r.ok && r.value && setStatus(r.value));
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
