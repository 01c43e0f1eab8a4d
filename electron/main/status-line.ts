import { sittingLine, trayLine } from '../breaks/common/wording';
import type { BreakPlanStatus } from '../breaks/node/break-service';

const clockText = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** The schedule in one line, in the user's clock format: the tray's line and `limber --status`. */
export const scheduleLine = (status: BreakPlanStatus): string => trayLine(status, clockText);

/** The tray's second line: the bout in progress, as an absolute time so it stays true unredrawn. */
export const sittingLineOf = (status: BreakPlanStatus): string | null => sittingLine(status, clockText);
