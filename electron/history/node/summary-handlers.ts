import type { Handlers } from '../../ipc/node/router';
import type { SettingsService } from '../../settings/node/settings-store';
import { buildClinicianReport, tallySessions } from './clinician-report';
import { clinicianPage } from './clinician-page';
import { localDayKey } from '../common/aggregates';
import { TREND_WEEKS } from '../common/weekly';
import type { History } from './history-store';

export type SummaryHandlers = Pick<Handlers, 'history:save-summary' | 'history:open-summary'>;

export interface SummaryServiceOptions {
  history: History;
  settings: SettingsService;
  now: () => Date;
  /** Prints the page to a PDF, asks where to save it and writes it there; the path, or null if cancelled. */
  printToPdf: (suggestedName: string, html: string) => Promise<string | null>;
  /** Opens a file in the system's viewer; false when it could not. */
  openFile: (path: string) => Promise<boolean>;
}

/**
 * The clinician's one-page summary: built from the per-day figures plus one read of the file for
 * the sessions "This hurt" stopped. Only the file saved last can be opened, so the window can
 * never ask main to open a path of its choosing.
 */
export function createSummaryHandlers({ history, settings, now, printToPdf, openFile }: SummaryServiceOptions): SummaryHandlers {
  let saved: string | null = null;
  return {
    'history:save-summary': async () => {
      const today = now();
      const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - TREND_WEEKS * 7, 12);
      const tally = await tallySessions(history.records(), localDayKey(from));
      const s = settings.get();
      const report = buildClinicianReport(history.aggregates, today, s, tally);
      const path = await printToPdf(`limber-summary-${report.madeOn}.pdf`, clinicianPage(report, s.distanceUnit));
      if (path !== null) saved = path;
      return path;
    },
    'history:open-summary': async () => (saved === null ? false : openFile(saved)),
  };
}
