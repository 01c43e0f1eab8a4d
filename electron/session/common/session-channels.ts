import { z } from 'zod';
import { SessionRecordSchema, type HistoryRecord } from '../../history/common/records';
import { channel, event, perMinute } from '../../base/common/define-channel';

const routineId = z.string().regex(/^[a-z0-9-]{1,40}$/);

/** What the player reports when a session ends: a session record before main stamps id and time. */
export const SessionReportSchema = SessionRecordSchema.omit({ id: true, v: true, at: true, kind: true });
export type SessionReport = z.infer<typeof SessionReportSchema>;

export const sessionChannels = {
  /** A session really began (from home, tray or a reminder): the one place a break counts as taken. Unknown routines are refused. */
  'session:started': channel<boolean>()('sessionStarted', z.tuple([routineId]), perMinute(10)),
  /**
   * The finished (or ended) session goes into history; returns the stored record. An unknown
   * routine is refused before anything is saved. At most 10 a minute: a record is at most about
   * 4 KB (30 steps), so a page can add at most about 2.4 MB an hour.
   */
  'session:record': channel<HistoryRecord>()('recordSession', z.tuple([SessionReportSchema]), perMinute(10)),
} as const;

export const sessionEvents = {
  /** Main asks the window to start this routine now (a reminder's Start button). */
  'session:open': event<string>()('onOpenSession'),
} as const;
