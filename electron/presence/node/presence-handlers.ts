import type { Handlers } from '../../ipc/node/router';
import type { PresenceSource } from '../../ports/presence';
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
}

/**
 * A reading already under way may have started before a switch was turned on, so it can come back
 * without that switch: one more is taken then. Never more, so a page cannot keep probes running.
 */
const MAX_READINGS = 2;

/** ipc/channels/presence.ts: per-switch status from the last reading, read afresh only when it is missing one. */
export function createPresenceHandlers({ switches, source }: PresenceHandlerOptions): PresenceHandlers {
  return {
    'presence:status': async () => {
      if (!source) return presenceStatus(switches(), null);
      for (let i = 0; i < MAX_READINGS && unreadSwitches(switches(), source.findings()).length > 0; i++) {
        await source.refresh();
      }
      return presenceStatus(switches(), source.findings());
    },
  };
}
