import { z } from 'zod';
import type { BreakPlanStatus as BreakStatus } from './status';
import { channel, event, perMinute } from '../../base/common/define-channel';

export const PAUSE_CHOICES = ['30m', '1h', 'tomorrow'] as const;
export type PauseChoice = (typeof PAUSE_CHOICES)[number];

export const breakChannels = {
  /** Brought up to date first: never a stale countdown after a sleep or clock change. */
  'breaks:get-status': channel<BreakStatus>()('getBreakStatus', z.tuple([])),
  'breaks:pause': channel<BreakStatus>()('pauseReminders', z.tuple([z.enum(PAUSE_CHOICES)]), perMinute(30)),
  'breaks:resume': channel<BreakStatus>()('resumeReminders', z.tuple([]), perMinute(30)),
  'breaks:set-focus': channel<BreakStatus>()('setFocusMode', z.tuple([z.boolean()]), perMinute(30)),
  'breaks:skip-next': channel<BreakStatus>()('skipNextBreak', z.tuple([]), perMinute(30)),
  /** "I already moved": the sitting bout ends now. */
  'breaks:moved': channel<BreakStatus>()('movedAlready', z.tuple([]), perMinute(30)),
  /** "I was away from my desk": the last unsure idle spell was a break. */
  'breaks:was-away': channel<BreakStatus>()('wasAwayFromDesk', z.tuple([]), perMinute(30)),
} as const;

export const breakEvents = {
  'breaks:status': event<BreakStatus>()('onBreakStatus'),
} as const;
