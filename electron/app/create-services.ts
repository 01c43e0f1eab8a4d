import { uptime } from 'node:os';
import type { Calendar } from '../breaks/common/config';
import type { PresenceFeed } from '../breaks/node/presence-watch';
import type { Clock, IdleSource, Timers } from '../ports/scheduler';
import type { EventName, PayloadOf } from '../ipc/common/contract';
import type { AppInfo, WindowState } from '../shell/common/app-channels';
import { createRouter, type Dispatch } from '../ipc/node/router';
import { NoticeBoard } from '../shell/node/notices';
import { unavailableNotifier, type Notifier } from '../ports/notifier';
import { ReminderPresenter, type ReminderWindowPort } from '../breaks/node/reminder-presenter';
import { createAppHandlers } from '../shell/node/app-handlers';
import { createBreakHandlers } from '../breaks/node/break-handlers';
import { createBreakService, type BreakPlanStatus, type BreakService } from '../breaks/node/break-service';
import { createHistoryHandlers } from '../history/node/history-handlers';
import { createSummaryHandlers } from '../history/node/summary-handlers';
import { createTransferHandlers } from '../transfer/node/transfer-handlers';
import { createSafetyHandlers } from '../safety/node/safety-handlers';
import { createPresenceHandlers, type PresenceStatusSource } from '../presence/node/presence-handlers';
import { createReminderHandlers } from '../breaks/node/reminder-handlers';
import { createSessionHandlers } from '../session/node/session-handlers';
import { createSettingsHandlers } from '../settings/node/settings-handlers';
import { localDayKey } from '../history/common/aggregates';
import { openHistory, type History } from '../history/node/history-store';
import { createWalkingService } from '../history/node/walking-service';
import { openSettings, type SettingsBackendFactory, type SettingsService } from '../settings/node/settings-store';
import { openRoutines, type RoutinesStore } from '../routines/node/routines-store';
import { createRoutinesHandlers, newOwnId } from '../routines/node/routines-handlers';
import { createShareHandlers } from '../routines/node/share-handlers';
import { openImageStore } from '../routines/node/image-store';
import { createImageHandlers } from '../routines/node/image-handlers';

/**
 * Composition only: builds the core services from the ports it is given and joins them. No
 * rules live here. main.ts passes Electron's adapters; the e2e harness and the unit tests pass
 * fakes and run this very code in plain Node.
 */
export interface ServicesOptions {
  userDataDir: string;
  createSettingsBackend: SettingsBackendFactory;
  appInfo: AppInfo;
  /** Sends an event to every open window. Before the page is ready, events are queued. */
  broadcast: <E extends EventName>(event: E, payload: PayloadOf<E>) => void;
  openExternal: (url: string) => Promise<void> | void;
  onRendererReady?: () => void;
  /** The main window's page reported its view and whether it holds a session or a draft. */
  onWindowState?: (state: WindowState) => void;
  log?: (message: string, error?: unknown) => void;
  /** Native notifications; tests and machines without a server get one that reports 'unavailable'. */
  notifier?: Notifier;
  /** The small always-on-top reminder window. */
  reminderWindow?: ReminderWindowPort;
  clock?: Clock;
  timers?: Timers;
  idle?: IdleSource;
  calendar?: Calendar;
  /** Tray and other OS surfaces that show the schedule. */
  onBreakStatus?: (status: BreakPlanStatus) => void;
  /** A session should open (notification, tray): show the window on it. */
  onOpenSession?: (routineId: string) => void;
  /** Ask where to save an export and write its chunks there; the path, or null if cancelled. */
  saveFile?: (suggestedName: string, content: AsyncIterable<string>) => Promise<string | null>;
  /** Ask which file to import (main's open dialog); its path, or null if cancelled. */
  chooseImportFile?: () => Promise<string | null>;
  /** Which shared routine to import (main's own dialog); without it, the export's chooser is asked. */
  chooseShareFile?: () => Promise<string | null>;
  /** Ask which picture an own exercise shows (main's open dialog); its path, or null if cancelled. */
  chooseImageFile?: () => Promise<string | null>;
  /** Print a page to PDF, ask where to save it and write it; the path, or null if cancelled. */
  printToPdf?: (suggestedName: string, html: string) => Promise<string | null>;
  /** Open a saved file in the system's viewer; false when it could not. */
  openFile?: (path: string) => Promise<boolean>;
  /** Calls, presenting, do-not-disturb; absent: reminders never wait for them, and Settings says so. */
  presence?: PresenceFeed & PresenceStatusSource;
  /** Glance at the clocks this often (main: CLOCK_GLANCE_MS), so a sleep with no OS events is seen at once. */
  clockGlanceMs?: number;
}

export interface Services {
  settings: SettingsService;
  history: History;
  /** The person's own exercises and routines (issue 24). */
  routines: RoutinesStore;
  notices: NoticeBoard;
  breaks: BreakService;
  presenter: ReminderPresenter;
  dispatch: Dispatch;
  /** Ask the page to show a view (tray menu, notification click). */
  navigate: (view: PayloadOf<'app:navigate'>) => void;
  dispose: () => void;
}

// On Linux, os.uptime() is boot time (it runs on through a suspend, unlike performance.now(), and is
// not moved by setting the clock): it tells a sleep from a clock set forward. Elsewhere it may not.
const realClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  ...(process.platform === 'linux' ? { boottime: () => uptime() * 1000 } : {}),
};
const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export async function createServices(options: ServicesOptions): Promise<Services> {
  const log = options.log ?? (() => {});
  const clock = options.clock ?? realClock;
  const notices = new NoticeBoard((notice) => options.broadcast('app:notice', notice));
  // Own routines first: settings may name one as the break routine, and are checked against the catalogue.
  const routines = await openRoutines(options.userDataDir, () => new Date(clock.now()), (m) => log(m));
  const images = openImageStore(options.userDataDir);
  const settings = await openSettings(options.userDataDir, options.createSettingsBackend, new Date(clock.now()));
  // History is opened separately from settings: a bad settings file never costs history.
  const history = await openHistory(options.userDataDir, () => new Date(clock.now()), () => options.broadcast('history:changed', null));
  notices.addRecovery('history-recovered', history.recovery);
  notices.addRecovery('routines-recovered', routines.recovery);
  const offRoutines = routines.onChange((library) => options.broadcast('routines:changed', library));
  notices.addRecovery('settings-recovered', settings.recovery);
  settings.onFileNotice((id, message) => notices.add({ id, level: 'warning', message }));
  for (const line of settings.migrationsApplied) log(`settings migrated ${line}`);

  // One walking goal for the home card, history and the afternoon walking nudge.
  const walking = createWalkingService({ aggregates: () => history.aggregates, settings, now: () => new Date(clock.now()), log: (m) => log(m) });
  // The plan starts on first use and is stored (never rebuilt "started today" on each read), and a
  // plan left while the app was closed is brought up to date: both once, at start,
  // before anyone listens for changes: no window exists yet to be told.
  walking.today();
  const offSettings = settings.onChange((value) => options.broadcast('settings:changed', value));
  const openSession = (routineId: string) => {
    options.broadcast('session:open', routineId);
    options.onOpenSession?.(routineId);
  };


  let breaks: BreakService | null = null;
  const presenter = new ReminderPresenter({
    notifier: options.notifier ?? unavailableNotifier('no notifier configured'),
    window: options.reminderWindow ?? { show: () => {}, hide: () => {} },
    alwaysShowWindow: () => settings.get().reminderWindow,
    onResponse: (info, response) => breaks?.answerReminder(info, response),
    log: (m) => log(m),
  });

  breaks = createBreakService({
    settings,
    presenter,
    clock,
    timers: options.timers ?? realTimers,
    idle: options.idle ?? { idleSeconds: () => null },
    ...(options.calendar ? { calendar: options.calendar } : {}),
    onActivity: (tier, action, reminderId) => {
      void history.append({ kind: 'reminder', tier, action, ...(reminderId ? { reminderId } : {}) }).catch((e: unknown) => log('history append failed', e));
    },
    onStatus: (status) => {
      options.broadcast('breaks:status', status);
      options.onBreakStatus?.(status);
    },
    openSession,
    walkingToday: () => {
      const today = walking.today();
      return { walked: today.walked, goal: today.goal, unit: today.plan.unit };
    },
    ...(options.presence ? { presence: options.presence } : {}),
    ...(options.clockGlanceMs ? { clockGlanceMs: options.clockGlanceMs } : {}),
    sittingRecorded: (now) => {
      const day = history.aggregates.days.get(localDayKey(new Date(now)));
      return day ? { longestMin: day.longestSittingMin, totalMin: day.sittingMinutes } : null;
    },
    onSittingBout: (from, to) => {
      const minutes = Math.round((to - from) / 60_000);
      if (minutes < 1) return;
      void history.append({ kind: 'sitting', startedAt: new Date(from).toISOString(), minutes: Math.min(minutes, 24 * 60) }).catch((e: unknown) => log('history append failed', e));
    },
  });

  const dispatch = createRouter(
    {
      ...createAppHandlers({ appInfo: options.appInfo, notices, openExternal: options.openExternal, ...(options.onRendererReady ? { onRendererReady: options.onRendererReady } : {}), ...(options.onWindowState ? { onWindowState: options.onWindowState } : {}) }),
      ...createSettingsHandlers(settings),
      ...createReminderHandlers(presenter),
      ...createBreakHandlers(breaks),
      ...createSessionHandlers(breaks, history),
      ...createHistoryHandlers({ history, settings, now: () => new Date(clock.now()), walking }),
      ...createSummaryHandlers({
        history,
        settings,
        now: () => new Date(clock.now()),
        printToPdf: options.printToPdf ?? (() => Promise.resolve(null)),
        openFile: options.openFile ?? (() => Promise.resolve(false)),
      }),
      ...createSafetyHandlers({ history, now: () => new Date(clock.now()) }),
      ...createTransferHandlers({ history, settings, now: () => new Date(clock.now()), saveFile: options.saveFile ?? (() => Promise.resolve(null)),
        chooseImportFile: options.chooseImportFile ?? (() => Promise.resolve(null)),
        own: { store: routines, images, freshId: newOwnId },
      }),
      ...createRoutinesHandlers({ store: routines, breakRoutineId: () => settings.get().stretchRoutineId }),
      ...createShareHandlers({
        store: routines,
        images,
        saveFile: options.saveFile ?? (() => Promise.resolve(null)),
        chooseFile: options.chooseShareFile ?? options.chooseImportFile ?? (() => Promise.resolve(null)),
        log: (m) => log(m),
      }),
      ...createImageHandlers({ images, chooseImage: options.chooseImageFile ?? (() => Promise.resolve(null)), log: (m) => log(m) }),
      ...createPresenceHandlers({ switches: () => settings.get().presence, now: () => clock.monotonic(), ...(options.presence ? { source: options.presence } : {}) }),
    },
    log,
    // Write limits count on the services' clock, so a simulated day is a day to them too.
    () => clock.monotonic(),
  );

  return {
    settings,
    history,
    routines,
    notices,
    breaks,
    presenter,
    dispatch,
    navigate: (view) => options.broadcast('app:navigate', view),
    dispose: () => {
      offSettings();
      offRoutines();
      breaks?.dispose();
      presenter.withdraw();
    },
  };
}
