import { z } from 'zod';
import { HISTORY_RANGES, type DaySummary, type HistoryRange, type HistoryTotals, type SittingTrend } from './stats';
import type { HistoryRecord } from './records';
import type { WalkingPlan } from './walking';
import { PAIN_SITES, SIT_RANGES, WALK_RANGES } from './function-ranges';
import type { WeeklyTrend } from './weekly';
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
  /** Leg and back pain as weekly medians over 12 weeks, and the function answers (issue 22). */
  weekly: WeeklyTrend;
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
    // The site is optional so that a window of an older build still logs (as "pain (not split)").
    z.tuple([z.number().int().min(0).max(10), z.enum(['before', 'after']), z.uuid().optional(), z.enum(PAIN_SITES).optional()]),
    perMinute(20),
  ),
  /** The weekly function question's answers. */
  'history:log-function': channel<HistoryRecord>()('logFunction', z.tuple([z.enum(SIT_RANGES), z.enum(WALK_RANGES)]), perMinute(6)),
  /** Prints the clinician's one-page summary to a PDF where the person chooses; its path, or null when cancelled. */
  'history:save-summary': channel<string | null>()('saveClinicianSummary', z.tuple([]), perMinute(6)),
  /** Opens the summary saved last (and only that file) in the system's PDF viewer. */
  'history:open-summary': channel<boolean>()('openClinicianSummary', z.tuple([]), perMinute(6)),
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
