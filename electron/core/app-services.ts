import { EVENTS, type EventName, type PayloadOf } from './ipc/contract';
import { InvalidArgumentsError } from './ipc/result';
import { createRouter, type Dispatch, type Handlers } from './ipc/router';
import { isVettedExternalUrl } from './links';
import { NoticeBoard } from './notices';
import { ReminderPresenter, type ReminderInfo, type ReminderResponse, type ReminderWindowPort } from './reminders/presenter';
import { unavailableNotifier, type Notifier } from '../notify/notifier';
import { openSettings, type SettingsBackendFactory, type SettingsService } from './settings/store';

/**
 * Everything main does that is not Electron: settings, notices and the IPC handlers, composed
 * once. main.ts wires it to Electron; the e2e harness runs the very same object in the test's
 * Node process. Only the transport differs.
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
  now?: () => Date;
  /** Native notifications; tests and machines without a server get one that reports 'unavailable'. */
  notifier?: Notifier;
  /** The small always-on-top reminder window. */
  reminderWindow?: ReminderWindowPort;
}

export interface Services {
  settings: SettingsService;
  notices: NoticeBoard;
  dispatch: Dispatch;
  /** Ask the page to show a view (tray menu, notification click). */
  navigate: (view: PayloadOf<'app:navigate'>) => void;
  presenter: ReminderPresenter;
  dispose: () => void;
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const log = options.log ?? (() => {});
  const now = options.now ?? (() => new Date());
  const settings = await openSettings(options.userDataDir, options.createSettingsBackend, now());
  const notices = new NoticeBoard();
  if (settings.recovery) {
    notices.add({ id: 'settings-recovered', level: 'warning', message: settings.recovery.message });
    log(`settings recovered: ${settings.recovery.kind}, kept at ${settings.recovery.keptAt}`);
  }
  for (const line of settings.migrationsApplied) log(`settings migrated ${line}`);

  const unsubscribe = settings.onChange((value) => options.broadcast('settings:changed', value));

  const navigate = (view: PayloadOf<'app:navigate'>) => options.broadcast('app:navigate', view);
  const onReminderResponse = (_info: ReminderInfo, response: ReminderResponse) => {
    if (response === 'start' || response === 'open') navigate('session');
  };
  const reminderWindow = options.reminderWindow ?? { show: () => {}, hide: () => {} };
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
    onResponse: onReminderResponse,
    log: (m) => log(m),
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
  };

  return {
    settings,
    notices,
    dispatch: createRouter(handlers, log),
    navigate,
    presenter,
    dispose: () => {
      unsubscribe();
      presenter.withdraw();
    },
  };
}

export { EVENTS };
