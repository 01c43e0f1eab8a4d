import { localCalendar, type Calendar } from '../breaks/calendar';
import { configFromSettings } from '../breaks/config';
import type { Activity, BreakEffect, Tier } from '../breaks/machine';
import { headsUpMessage, postureMessage, stretchMessage } from '../breaks/messages';
import { BreakRuntime, type BreakStatus, type Clock, type IdleSource, type Timers } from '../breaks/runtime';
import type { PauseChoice } from '../ipc/channels/breaks';
import type { Handlers } from '../ipc/router';
import type { ReminderInfo, ReminderPresenter, ReminderResponse } from '../reminders/presenter';
import { flareAdjustments, flarePhase } from '../safety/flare';
import type { Settings } from '../settings/schema';
import type { SettingsService } from '../settings/store';

export interface RoutineLabel {
  name: string;
  durationLabel: string;
  where: string;
}

export interface BreakServiceOptions {
  settings: SettingsService;
  presenter: ReminderPresenter;
  clock: Clock;
  timers: Timers;
  idle: IdleSource;
  calendar?: Calendar;
  /** How a routine is named in reminders ("Quick desk stretch", "3 min", "all at your desk"). */
  describeRoutine: (id: string) => RoutineLabel;
  onStatus: (status: BreakStatus) => void;
  onActivity?: (tier: Tier, activity: Activity) => void;
  /** The user chose to start the break: open the session for this routine. */
  openSession: (routineId: string) => void;
}

const PAUSE_MS: Record<Exclude<PauseChoice, 'tomorrow'>, number> = { '30m': 30 * 60_000, '1h': 60 * 60_000 };

export type BreakHandlers = Pick<
  Handlers,
  'breaks:get-status' | 'breaks:pause' | 'breaks:resume' | 'breaks:set-focus' | 'breaks:skip-next'
>;

/**
 * Connects the scheduler to settings (and flare-up mode), to the reminder presenter and to the
 * IPC handlers. Plain Node: the clock, timers and idle source are injected.
 */
export function createBreakService(options: BreakServiceOptions) {
  const { settings, presenter, clock } = options;
  let postureCount = 0;

  const configFor = (s: Settings) =>
    configFromSettings(s, flareAdjustments(flarePhase(s.flareUpSince, new Date(clock.now()))).stretchIntervalFactor);

  const reminderFor = (effect: Extract<BreakEffect, { type: 'remind' }>): ReminderInfo => {
    const s = settings.get();
    const routine = options.describeRoutine(s.stretchRoutineId);
    const base = { id: `${effect.tier}-${effect.id}`, tier: effect.tier, kind: effect.kind, snoozeMin: s.snoozeMin };
    if (effect.kind === 'heads-up') {
      return { ...base, ...headsUpMessage(routine.name, (effect.dueAt - clock.now()) / 1000), canSnooze: false };
    }
    if (effect.tier === 'posture') return { ...base, ...postureMessage(postureCount++), canSnooze: false };
    return { ...base, ...stretchMessage(routine, effect.snoozesLeft), canSnooze: effect.snoozesLeft > 0 };
  };

  const runtime = new BreakRuntime({
    config: configFor(settings.get()),
    clock,
    timers: options.timers,
    idle: options.idle,
    calendar: options.calendar ?? localCalendar,
    onStatus: options.onStatus,
    onEffect: (effect) => {
      switch (effect.type) {
        case 'remind':
          void presenter.present(reminderFor(effect));
          break;
        case 'withdraw':
          presenter.withdraw();
          break;
        case 'activity':
          options.onActivity?.(effect.tier, effect.activity);
          break;
        case 'snooze-refused':
          break;
      }
    },
  });

  const offSettings = settings.onChange((s) => runtime.updateConfig(configFor(s)));

  /** An answer from the notification or the reminder window. */
  const onReminderResponse = (info: ReminderInfo, response: ReminderResponse) => {
    const id = Number(info.id.split('-')[1]);
    if (!Number.isInteger(id)) return;
    if (response === 'start' || response === 'open') {
      runtime.respond(id, 'taken');
      options.openSession(info.tier === 'posture' ? 'posture-reset' : settings.get().stretchRoutineId);
    } else runtime.respond(id, response === 'snooze' ? 'snooze' : response === 'skip' ? 'skip' : 'timeout');
  };

  const handlers: BreakHandlers = {
    'breaks:get-status': () => {
      runtime.updateConfig(configFor(settings.get())); // flare-up phases change with the date
      return runtime.status();
    },
    'breaks:pause': (choice) => {
      runtime.pause(choice === 'tomorrow' ? 'tomorrow' : PAUSE_MS[choice]);
      return runtime.status();
    },
    'breaks:resume': () => {
      runtime.resume();
      return runtime.status();
    },
    'breaks:set-focus': (on) => {
      runtime.setFocus(on);
      return runtime.status();
    },
    'breaks:skip-next': () => {
      runtime.skip();
      return runtime.status();
    },
  };

  return {
    runtime,
    handlers,
    onReminderResponse,
    dispose: () => {
      offSettings();
      runtime.dispose();
    },
  };
}

export type BreakService = ReturnType<typeof createBreakService>;
