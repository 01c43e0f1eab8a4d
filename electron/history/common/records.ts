import { z } from 'zod';
import '../../base/common/validation-messages';
import { t } from '../../i18n/common/translate';
import { PAIN_SITES, SIT_RANGES, WALK_RANGES } from './function-ranges';

/** One line of history.jsonl. Every record carries its own id, format version and time. */
const base = { id: z.uuid(), v: z.literal(1), at: z.iso.datetime() };

export const SessionRecordSchema = z
  .object({
    ...base,
    kind: z.literal('session'),
    routineId: z.string().regex(/^[a-z0-9-]{1,40}$/),
    routineName: z.string().min(1).max(60),
    startedAt: z.iso.datetime(),
    endedAt: z.iso.datetime(),
    completed: z.boolean(),
    endReason: z.enum(['finished', 'ended', 'hurt']),
    steps: z
      .array(
        z.object({
          exerciseId: z.string().regex(/^[a-z0-9-]{1,40}$/),
          sidesDone: z.union([z.literal(0), z.literal(1), z.literal(2)]),
          secondsHeld: z.number().int().min(0).max(3600),
        }).strict(),
      )
      .max(30),
  })
  .strict();

/** `missed`: the reminder went unanswered (the history chart counts these per day). */
export const ReminderRecordSchema = z
  .object({
    ...base,
    kind: z.literal('reminder'),
    tier: z.enum(['posture', 'stretch']),
    action: z.enum(['taken', 'snoozed', 'skipped', 'missed', 'withdrawn', 'natural-break', 'moved']),
    /** The reminder this settles (ids count from 1 each time Limber starts); absent for a break without one. */
    reminderId: z.number().int().min(1).optional(),
  })
  .strict();

export const PainRecordSchema = z
  .object({
    ...base,
    kind: z.literal('pain'),
    rating: z.number().int().min(0, { error: () => t('history.record.painRange') }).max(10, { error: () => t('history.record.painRange') }),
    when: z.enum(['before', 'after']),
    sessionId: z.uuid().optional(),
    /**
     * Which pain: leg or back, rated apart since issue 22. Absent on older records, which rated pain
     * as one number: they stay as they are and are shown as "pain (not split)".
     */
    site: z.enum(PAIN_SITES).optional(),
  })
  .strict();

/**
 * The weekly function question: how long the person can sit before leg pain starts, and how long
 * they can walk, each as a range of minutes (FUNCTION_RANGES).
 */
export const FunctionRecordSchema = z
  .object({ ...base, kind: z.literal('function'), sit: z.enum(SIT_RANGES), walk: z.enum(WALK_RANGES) })
  .strict();

export const WalkRecordSchema = z
  .object({
    ...base,
    kind: z.literal('walk'),
    minutes: z.number().min(1, { error: () => t('history.record.walkMinutesLow') }).max(600, { error: () => t('history.record.walkMinutesHigh') }).optional(),
    distance: z
      .object({ value: z.number().gt(0, { error: () => t('history.record.distanceLow') }).max(100, { error: () => t('history.record.distanceHigh') }), unit: z.enum(['mi', 'km']) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((w) => w.minutes !== undefined || w.distance !== undefined, { error: () => t('history.record.walkNeedsAmount') });

/** A sitting bout: from the end of one real break to the start of the next, calls included. */
export const SittingRecordSchema = z
  .object({ ...base, kind: z.literal('sitting'), startedAt: z.iso.datetime(), minutes: z.number().int().min(1).max(24 * 60) })
  .strict();

export const HistoryRecordSchema = z.union([SessionRecordSchema, ReminderRecordSchema, PainRecordSchema, WalkRecordSchema, SittingRecordSchema, FunctionRecordSchema]);
export type HistoryRecord = z.infer<typeof HistoryRecordSchema>;
export type SessionRecord = z.infer<typeof SessionRecordSchema>;
export type PainRecord = z.infer<typeof PainRecordSchema>;
export type WalkRecord = z.infer<typeof WalkRecordSchema>;
export type ReminderRecord = z.infer<typeof ReminderRecordSchema>;
export type SittingRecord = z.infer<typeof SittingRecordSchema>;
export type FunctionRecord = z.infer<typeof FunctionRecordSchema>;
export type RecordKind = HistoryRecord['kind'];

/** Drop the fields the store fills in itself. */
export type NewRecord<R extends HistoryRecord = HistoryRecord> = R extends unknown ? Omit<R, 'id' | 'v' | 'at'> & { at?: string } : never;
