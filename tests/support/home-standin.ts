import type { Page } from '@playwright/test';
import type { BreakStatus } from '../../electron/breaks/common/status';
import type { HistorySummary } from '../../electron/history/common/history-channels';
import type { Settings } from '../../electron/settings/common/schema';
import type { LimberApp } from './app-handle';

export interface HomeStandInOptions {
  settings: Settings;
  history: HistorySummary;
  /** The schedule to show; `sittingSince` is replaced by the page's own now minus `sittingForMs`. */
  status: BreakStatus;
  /** null: not sitting (away). Measured on the page's clock, which may be Playwright's. */
  sittingForMs: number | null;
}

/**
 * Runs in the main window's page before its scripts: a window.limber with what the shell and the
 * home screen use, serving a break status main's real scheduler only reaches after a call, a
 * presentation or 90 minutes of a stuck idle counter. Those states have their own core tests; this
 * is how the home card words them.
 */
function installHomeStandIn(options: HomeStandInOptions): void {
  const ok = <T>(value: T) => Promise.resolve({ ok: true, value });
  const never = () => () => {};
  const status = {
    ...options.status,
    sittingSince: options.sittingForMs === null ? null : Date.now() - options.sittingForMs,
  };
  const api = {
    getSettings: () => ok(options.settings),
    getBreakStatus: () => ok(status),
    getHistorySummary: () => ok(options.history),
    getEscalation: () => ok(null),
    rendererReady: () => ok([]),
    dismissNotice: () => ok(true),
    onSettingsChanged: never,
    getOwnLibrary: () => ok({ version: 1, exercises: [], routines: [] }),
    onOwnLibraryChanged: () => () => {},
    onBreakStatus: never,
    onHistoryChanged: never,
    onNotice: never,
    onNavigate: never,
    onOpenSession: never,
  };
  Object.defineProperty(window, 'limber', { value: api, configurable: false, writable: false });
}

/** Open the real build's main window showing home with `options.status`, at 800×600. */
export async function openHome(
  app: LimberApp,
  overrides: Partial<BreakStatus>,
  sittingForMs: number | null,
): Promise<Page> {
  const real = await app.page.evaluate(async () => ({
    settings: await window.limber.getSettings(),
    history: await window.limber.getHistorySummary(),
    status: await window.limber.getBreakStatus(),
  }));
  if (!real.settings.ok || !real.history.ok || !real.status.ok) throw new Error('the real app did not answer');
  const options: HomeStandInOptions = {
    settings: real.settings.value,
    history: real.history.value,
    status: { ...real.status.value, ...overrides },
    sittingForMs,
  };
  return app.openStandalone(
    '',
    { width: 800, height: 600 },
    `(${installHomeStandIn.toString()})(${JSON.stringify(options)});`,
  );
}
