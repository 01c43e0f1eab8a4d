import { z } from 'zod';
import type { PresenceStatus } from './switch-status';
import { channel } from '../../base/common/define-channel';

export const presenceChannels = {
  /**
   * What this computer can tell for each presence switch (Settings shows it beside the switch).
   * A switch the last reading did not cover is read first, within the probes' time box. Limit: at
   * most 8 readings a minute for the page (presence-handlers.ts); past it, the last reading answers.
   */
  'presence:status': channel<PresenceStatus>()('getPresenceStatus', z.tuple([])),
} as const;

/** Nothing is pushed: Settings asks again after each change it makes. */
export const presenceEvents = {} as const;
