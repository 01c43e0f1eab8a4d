import { z } from 'zod';
import type { BreakPlanStatus as BreakStatus } from '../../breaks/status';
import { channel, event } from '../define';

export const PAUSE_CHOICES = ['30m', '1h', 'tomorrow'] as const;
export type PauseChoice = (typeof PAUSE_CHOICES)[number];

export const breakChannels = {
  /** Brought up to date first: never a stale countdown after a sleep or clock change. */
  'breaks:get-status': channel<BreakStatus>()('getBreakStatus', z.tuple([])),
  'breaks:pause': channel<BreakStatus>()('pauseReminders', z.tuple([z.enum(PAUSE_CHOICES)])),
  'breaks:resume': channel<BreakStatus>()('resumeReminders', z.tuple([])),
  'breaks:set-focus': channel<BreakStatus>()('setFocusMode', z.tuple([z.boolean()])),
  'breaks:skip-next': channel<BreakStatus>()('skipNextBreak', z.tuple([])),
  /** "I already moved": the sitting bout ends now. */
  'breaks:moved': channel<BreakStatus>()('movedAlready', z.tuple([])),
  /** "I was away from my desk": the last unsure idle spell was a break. */
  'breaks:was-away': channel<BreakStatus>()('wasAwayFromDesk', z.tuple([])),
} as const;

export const breakEvents = {
  'breaks:status': event<BreakStatus>()('onBreakStatus'),
} as const;
