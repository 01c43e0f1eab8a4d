import { z } from 'zod';
import { HISTORY_RANGES, type DaySummary, type HistoryRange, type HistoryTotals, type SittingTrend } from './stats';
import type { HistoryRecord } from './records';
import type { WalkingPlan } from './walking';
import { channel, event, perMinute } from '../../base/common/define-channel';

export interface HistorySummary {
  /** The range the days cover (the argument, or 'week' when none was given). */
  range: HistoryRange;
  /** One entry per day of the range, oldest first, ending today. */
  days: DaySummary[];
  streak: number;
  /** All-time totals; the days of a range add up to them when the range covers all history. */
  totals: HistoryTotals;
  /** Average pain change over the days of the range. */
  painChange: number | null;
  /** The last 14 days of sitting against the 14 before, whatever the range. */
  sitting: SittingTrend;
  walking: { plan: WalkingPlan; goal: number; walked: number; paused: boolean; isDefault: boolean };
}

export const historyChannels = {
  /** The summary for a week, a month or 3 months (default: a week). */
  'history:summary': channel<HistorySummary>()(
    'getHistorySummary',
    z.tuple([z.enum(Object.keys(HISTORY_RANGES) as [HistoryRange, ...HistoryRange[]]).optional()]),
  ),
  'history:log-pain': channel<HistoryRecord>()(
    'logPain',
    z.tuple([z.number().int().min(0).max(10), z.enum(['before', 'after']), z.uuid().optional()]),
    perMinute(20),
  ),
  'history:log-walk': channel<HistoryRecord>()(
    'logWalk',
    z.tuple([
      z
        .object({
          minutes: z.number().min(1).max(600).optional(),
          distance: z.object({ value: z.number().gt(0).max(100), unit: z.enum(['mi', 'km']) }).strict().optional(),
        })
        .strict()
        .refine((w) => w.minutes !== undefined || w.distance !== undefined, { error: 'Enter minutes or a distance.' }),
    ]),
    perMinute(20),
  ),
} as const;

export const historyEvents = {
  /** Something was added to history (a session, a walk, a pain rating, an import). */
  'history:changed': event<null>()('onHistoryChanged'),
} as const;
