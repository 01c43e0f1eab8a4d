import type { Calendar } from './breaks/calendar';
import type { BreakStatus, Clock, IdleSource, Timers } from './breaks/runtime';
import { EVENTS, type EventName, type PayloadOf } from './ipc/contract';
import { InvalidArgumentsError } from './ipc/result';
import { createRouter, type Dispatch, type Handlers } from './ipc/router';
import { isVettedExternalUrl } from './links';
import { NoticeBoard } from './notices';
import { ReminderPresenter, type ReminderWindowPort } from './reminders/presenter';
import { createBreakService, type BreakService, type RoutineLabel } from './services/break-service';
import { formatDuration, routineById, routineDurationSec } from './exercises/routines';
import { openHistory, type History } from './history/store';
import { createHistoryHandlers } from './services/history-service';
import { openSettings, type SettingsBackendFactory, type SettingsService } from './settings/store';
import { unavailableNotifier, type Notifier } from '../notify/notifier';

/**
 * Everything main does that is not Electron: settings, the break scheduler, reminders, notices
 * and the IPC handlers, composed once. main.ts wires it to Electron; the e2e harness runs the
 * very same object in the test's Node process. Only the transport differs.
 */
export interface ServicesOptions {
  userDataDir: string;
  createSettingsBackend: SettingsBackendFactory;
  appInfo: { name: string; version: string; platform: string };
  /** Sends an event to every open window. Before the page is ready, events are queued. */
  broadcast: <E extends EventName>(event: E, payload: PayloadOf<E>) => void;
  openExternal: (url: string) => Promise<void> | void;
  /** The page asked for its queued events; main flushes them after this. */
  onRendererReady?: () => void;
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
  onBreakStatus?: (status: BreakStatus) => void;
  /** A session should open (notification, tray): show the window on it. */
  onOpenSession?: (routineId: string) => void;
  /** Ask where to save an export and write it; the path, or null if cancelled. */
  saveFile?: (suggestedName: string, content: string) => Promise<string | null>;
}

export interface Services {
  settings: SettingsService;
  history: History;
  notices: NoticeBoard;
  breaks: BreakService;
  presenter: ReminderPresenter;
  dispatch: Dispatch;
  /** Ask the page to show a view (tray menu, notification click). */
  navigate: (view: PayloadOf<'app:navigate'>) => void;
  /** Start a routine in the window (tray, reminder). */
  openSession: (routineId: string) => void;
  dispose: () => void;
}

const realClock: Clock = { now: () => Date.now(), monotonic: () => performance.now() };
const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** How reminders name a routine: "Quick desk stretch", "3 min", "all at your desk". */
const describeRoutine = (id: string): RoutineLabel => {
  const routine = routineById(id) ?? routineById('quick-desk-stretch')!;
  return { name: routine.name, durationLabel: formatDuration(routineDurationSec(routine)), where: routine.where };
};

export async function createServices(options: ServicesOptions): Promise<Services> {
  const log = options.log ?? (() => {});
  const clock = options.clock ?? realClock;
  const settings = await openSettings(options.userDataDir, options.createSettingsBackend, new Date(clock.now()));
  const notices = new NoticeBoard();
  // History is opened separately from settings: a bad settings file never costs history.
  const history: History = await openHistory(
    options.userDataDir,
    () => new Date(clock.now()),
    () => options.broadcast('history:changed', null),
  );
  if (history.recovery) {
    notices.add({ id: 'history-recovered', level: 'warning', message: history.recovery.message });
    log(`history recovered: ${history.recovery.kind}`);
  }
  if (settings.recovery) {
    notices.add({ id: 'settings-recovered', level: 'warning', message: settings.recovery.message });
    log(`settings recovered: ${settings.recovery.kind}, kept at ${settings.recovery.keptAt}`);
  }
  for (const line of settings.migrationsApplied) log(`settings migrated ${line}`);

  const offSettings = settings.onChange((value) => options.broadcast('settings:changed', value));
  const navigate = (view: PayloadOf<'app:navigate'>) => options.broadcast('app:navigate', view);
  const openSession = (routineId: string) => {
    options.broadcast('session:open', routineId);
    options.onOpenSession?.(routineId);
  };

  const reminderWindow = options.reminderWindow ?? { show: () => {}, hide: () => {} };
  let breaks: BreakService | null = null;
  const presenter = new ReminderPresenter({
    notifier: options.notifier ?? unavailableNotifier('no notifier configured'),
    window: {
      show: (info) => {
        reminderWindow.show(info);
        options.broadcast('reminder:changed', info);
      },
      hide: () => {
        reminderWindow.hide();
        options.broadcast('reminder:changed', null);
      },
    },
    alwaysShowWindow: () => settings.get().reminderWindow,
    onResponse: (info, response) => breaks?.onReminderResponse(info, response),
    log: (m) => log(m),
  });

  breaks = createBreakService({
    settings,
    presenter,
    clock,
    timers: options.timers ?? realTimers,
    idle: options.idle ?? { idleSeconds: () => null },
    ...(options.calendar ? { calendar: options.calendar } : {}),
    describeRoutine,
    onActivity: (tier, activity) => {
      void history.append({ kind: 'reminder', tier, action: activity }).catch((e: unknown) => log('history append failed', e));
    },
    onStatus: (status) => {
      options.broadcast('breaks:status', status);
      options.onBreakStatus?.(status);
    },
    openSession,
  });

  const handlers: Handlers = {
    'app:get-info': () => options.appInfo,
    'app:renderer-ready': () => {
      options.onRendererReady?.();
      return notices.list();
    },
    'app:dismiss-notice': (id) => notices.dismiss(id),
    'app:open-external': async (url) => {
      if (!isVettedExternalUrl(url)) return false;
      await options.openExternal(url);
      return true;
    },
    'settings:get': () => settings.get(),
    'settings:update': (patch) => {
      if (patch.stretchRoutineId !== undefined && !routineById(patch.stretchRoutineId)) {
        throw new InvalidArgumentsError([{ path: '0.stretchRoutineId', message: 'Choose one of the routines.' }]);
      }
      const result = settings.update(patch);
      // The contract already validated the patch; a failure here means a cross-field rule.
      if (!result.ok) {
        throw new InvalidArgumentsError(
          Object.entries(result.errors).map(([field, message]) => ({ path: `0.${field}`, message })),
        );
      }
      return result.value;
    },
    'settings:reset': () => settings.reset(),
    'reminder:get-current': () => presenter.active,
    'reminder:respond': (id, response) => presenter.respond(id, response),
    ...breaks.handlers,
    ...createHistoryHandlers({
      history,
      settings,
      now: () => new Date(clock.now()),
      saveFile: options.saveFile ?? (() => Promise.resolve(null)),
    }),
    'session:started': () => {
      breaks?.runtime.startNow();
      return true;
    },
    'session:record': async (report) => {
      const record = await history.append({ kind: 'session', ...report });
      // A walk break also counts toward the walking goal, for the time actually walked.
      const walkedSec = report.steps.filter((s) => s.exerciseId === 'walk').reduce((a, s) => a + s.secondsHeld, 0);
      if (routineById(report.routineId)?.logsWalk && walkedSec >= 60) {
        await history.append({ kind: 'walk', minutes: Math.round(walkedSec / 60) });
      }
      breaks?.runtime.sessionFinished();
      return record;
    },
  };

  return {
    settings,
    history,
    notices,
    breaks,
    presenter,
    dispatch: createRouter(handlers, log),
    navigate,
    openSession,
    dispose: () => {
      offSettings();
      breaks?.dispose();
      presenter.withdraw();
    },
  };
}

export { EVENTS };
