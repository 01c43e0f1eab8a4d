import { sittingLine, trayLine } from '../breaks/common/wording';
import type { BreakPlanStatus } from '../breaks/node/break-service';
import { formatTime } from '../i18n/common/format';

/** Clock times in the active language's convention ("2:05 PM", "14:05"), as the window shows them. */
const clockText = (ms: number) => formatTime(ms);

/** The schedule in one line, in the user's clock format: the tray's line and `limber --status`. */
export const scheduleLine = (status: BreakPlanStatus): string => trayLine(status, clockText);

/** The tray's second line: the bout in progress, as an absolute time so it stays true unredrawn. */
export const sittingLineOf = (status: BreakPlanStatus): string | null => sittingLine(status, clockText);
