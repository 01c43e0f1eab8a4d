import type { BreakPlanStatus as BreakStatus } from '@electron/breaks/common/status';
import type { IpcResult } from '@electron/base/common/result';
import { api } from '../api';

const minutes = (m: number) => (m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`);

/**
 * Today's sitting, from the same bouts history keeps (the one in progress included), with what
 * the figure cannot see, and the two honest ways to end a bout Limber missed.
 */
export function SittingToday({
  status,
  act,
}: {
  status: BreakStatus;
  act: (call: Promise<IpcResult<BreakStatus>>) => void;
}) {
  const today = status.sittingToday;
  return (
    <>
      {today && today.totalMin > 0 && (
        <p class="muted sitting-today">
          Today: longest sitting {minutes(today.longestMin)}, {minutes(today.totalMin)} in all.
        </p>
      )}
      {!status.presenceKnown && (
        <p class="hint presence-unknown">
          Limber can't see calls here: a call with no typing may count as time away, so you may have sat longer than
          this.
        </p>
      )}
      {!status.routineGetsYouUp && (
        <p class="hint seated-routine">Your break routine is done in the chair: it doesn't end your sitting.</p>
      )}
      {status.sittingSince !== null && (
        <div class="button-row sitting-actions">
          <button type="button" class="button-secondary" onClick={() => act(api.movedAlready())}>
            I already moved
          </button>
          {status.awayUnsure && (
            <button type="button" class="button-secondary" onClick={() => act(api.wasAwayFromDesk())}>
              I was away from my desk
            </button>
          )}
        </div>
      )}
    </>
  );
}
