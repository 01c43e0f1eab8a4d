import type { Handlers } from '../../ipc/node/router';
import type { PresenceSource } from '../../ports/presence';
import type { PresenceStatus } from '../common/switch-status';
import type { PresenceSwitches } from '../common/presence-types';
import { presenceStatus, unreadSwitches } from '../common/switch-status';

export type PresenceHandlers = Pick<Handlers, 'presence:status'>;

/** The part of a PresenceSource the status needs: the last findings, and a reading on request. */
export type PresenceStatusSource = Pick<PresenceSource, 'findings' | 'refresh'>;

export interface PresenceHandlerOptions {
  /** The user's presence switches as saved now. */
  switches: () => PresenceSwitches;
  /** Absent where nothing reads presence: every switch that is on says "unknown". */
  source?: PresenceStatusSource;
  /** Monotonic milliseconds, for the reading budget (the services' clock in tests). */
  now?: () => number;
}

/**
 * A reading already under way may have started before a switch was turned on, so it can come back
 * without that switch: one more is taken then. Never more, so a page cannot keep probes running.
 */
const MAX_READINGS = 2;

/**
 * Each reading starts helper processes (pactl, gdbus …) or talks to D-Bus, and a page can change
 * the switches as often as it likes: at most this many readings a minute are taken for the page.
 * Past it, the page is answered from the last reading (a switch it has not covered says "not checked
 * yet") and the scheduler's own sampling fills it in. A person flipping switches in Settings stays
 * well inside it.
 */
export const STATUS_READINGS_PER_MINUTE = 8;
const MINUTE_MS = 60_000;

/** ipc/channels/presence.ts: per-switch status from the last reading, read afresh only when it is missing one. */
export function createPresenceHandlers({ switches, source, now = () => performance.now() }: PresenceHandlerOptions): PresenceHandlers {
  /** When the readings taken for the page in the last minute started, oldest first. */
  let readings: number[] = [];
  const mayRead = (): boolean => {
    const at = now();
    readings = readings.filter((t) => at - t < MINUTE_MS);
    if (readings.length >= STATUS_READINGS_PER_MINUTE) return false;
    readings.push(at);
    return true;
  };
  /**
   * One call at a time: a call that arrives while another is reading waits for it, then reads only
   * if that reading still left one of its switches out (a burst of calls makes one reading, not one each).
   */
  let queue: Promise<unknown> = Promise.resolve();
  const answer = async (from: PresenceStatusSource): Promise<PresenceStatus> => {
    for (let i = 0; i < MAX_READINGS && unreadSwitches(switches(), from.findings()).length > 0 && mayRead(); i++) {
      await from.refresh();
    }
    return presenceStatus(switches(), from.findings());
  };
  return {
    'presence:status': () => {
      if (!source) return presenceStatus(switches(), null);
      const next = queue.then(() => answer(source));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
