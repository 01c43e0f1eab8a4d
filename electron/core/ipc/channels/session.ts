import { z } from 'zod';
import type { HistoryRecord } from '../../history/records';
import { channel, event } from '../define';

const routineId = z.string().regex(/^[a-z0-9-]{1,40}$/);

/** What the player reports when a session ends; main stamps ids and stores it. */
export const SessionReportSchema = z
  .object({
    routineId,
    routineName: z.string().min(1).max(60),
    startedAt: z.iso.datetime(),
    endedAt: z.iso.datetime(),
    completed: z.boolean(),
    endReason: z.enum(['finished', 'ended', 'hurt']),
    steps: z
      .array(
        z
          .object({
            exerciseId: routineId,
            sidesDone: z.union([z.literal(0), z.literal(1), z.literal(2)]),
            secondsHeld: z.number().int().min(0).max(3600),
          })
          .strict(),
      )
      .max(30),
  })
  .strict();
export type SessionReport = z.infer<typeof SessionReportSchema>;

export const sessionChannels = {
  /** A session began (from home, tray or a reminder): it counts as the break, the cycle restarts. */
  'session:started': channel<boolean>()('sessionStarted', z.tuple([routineId])),
  /** The finished (or ended) session goes into history; returns the stored record. */
  'session:record': channel<HistoryRecord>()('recordSession', z.tuple([SessionReportSchema])),
} as const;

export const sessionEvents = {
  /** Main asks the window to start this routine now (a reminder's Start button). */
  'session:open': event<string>()('onOpenSession'),
} as const;
