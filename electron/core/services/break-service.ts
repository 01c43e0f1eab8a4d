import { localCalendar, type Calendar } from '../breaks/calendar';
import { configFromSettings } from '../breaks/config';
import type { Activity, BreakEffect, Tier } from '../breaks/machine';
import type { BreakPlanStatus } from '../breaks/status';
import type { PresenceFeed } from '../breaks/presence-watch';
import { BreakRuntime, type BreakStatus, type Clock, type IdleSource, type PowerEventName, type Timers } from '../breaks/runtime';
import { afterHoldMessage, headsUpMessage, postureMessage, reminderActions, stretchMessage } from '../breaks/wording';
import { breakTierOf, FLARE_ROUTINE_ID, POSTURE_ROUTINE_ID, routineById, routineGetsYouUp, routineLabel } from '../exercises/routines';
import type { PauseChoice } from '../ipc/channels/breaks';
import { InvalidArgumentsError } from '../ipc/result';
import type { ReminderInfo, ReminderPresenter, ReminderResponse } from '../reminders/presenter';
import { flareAdjustments, flarePhase } from '../safety/flare';
import type { Settings } from '../settings/schema';
import type { SettingsService } from '../settings/store';

export interface BreakServiceOptions {
  settings: SettingsService;
  presenter: ReminderPresenter;
  clock: Clock;
  timers: Timers;
  idle: IdleSource;
  calendar?: Calendar;
  onStatus: (status: BreakPlanStatus) => void;
  /** How a reminder or a break ended, for history. `reminderId` ties it to its reminder. */
  onActivity?: (tier: Tier, activity: Activity, reminderId?: number) => void;
  /** Open the session window on this routine (it records the break when it starts). */
  openSession: (routineId: string) => void;
  /** Calls, presenting, do-not-disturb (none: reminders never wait for them). */
  presence?: PresenceFeed;
  /** A sitting bout ended (a real break began). */
  onSittingBout?: (from: number, to: number) => void;
  /** Today's recorded sitting (bouts already ended), from history: minutes. */
  sittingRecorded?: (now: number) => { longestMin: number; totalMin: number } | null;
}

/** The one place that defines what each pause choice means. */
export const PAUSE_MS: Record<Exclude<PauseChoice, 'tomorrow'>, number> = { '30m': 30 * 60_000, '1h': 60 * 60_000 };


const DAY = 86_400_000;

/**
 * The break service: the only way anything outside the scheduler changes it. Commands in,
 * status out; it owns the rules that join the scheduler to settings, flare-up mode, reminders
 * and sessions, and it alone decides when a break counts as taken (when its session starts).
 */
export function createBreakService(options: BreakServiceOptions) {
  const { settings, presenter, clock } = options;
  let postureCount = 0;

  const flareNow = (s: Settings) => flarePhase(s.flareUpSince, new Date(clock.now()));
  const configFor = (s: Settings) => {
    const phase = flareNow(s);
    const recheckAt = phase.kind === 'none' ? null : phase.endsAt.getTime();
    return configFromSettings(s, flareAdjustments(phase).stretchIntervalFactor, recheckAt);
  };
  /** During a flare-up breaks open only the gentle routine, whatever the usual one is. */
  const stretchRoutineId = (): string => {
    const s = settings.get();
    return flareNow(s).kind === 'none' ? s.stretchRoutineId : FLARE_ROUTINE_ID;
  };

  const reminderFor = (effect: Extract<BreakEffect, { type: 'remind' }>): ReminderInfo => {
    const s = settings.get();
    const routine = routineLabel(stretchRoutineId());
    const canSnooze = effect.kind === 'due' && effect.tier === 'stretch' && effect.snoozesLeft > 0;
    const words =
      effect.kind === 'heads-up'
        ? headsUpMessage(routine.name, (effect.dueAt - clock.now()) / 1000)
        : effect.tier === 'posture'
          ? postureMessage(postureCount++, s.sitStandDesk)
          : effect.after
            ? afterHoldMessage(effect.after, routine)
            : stretchMessage(routine, effect.snoozesLeft, { sittingMin: Math.floor((effect.sittingMs ?? 0) / 60_000), reaskMin: effect.reaskMin ?? 0, boutLimited: effect.snoozeBoutLimited === true });
    const askAway = effect.kind === 'due' && effect.askAway === true;
    const base = { id: effect.id, tier: effect.tier, kind: effect.kind, snoozeMin: s.snoozeMin, canSnooze, askAway };
    return { ...base, ...words, actions: reminderActions(base) };
  };

  const runtime = new BreakRuntime({
    config: configFor(settings.get()),
    clock,
    timers: options.timers,
    idle: options.idle,
    calendar: options.calendar ?? localCalendar,
    refreshConfig: () => configFor(settings.get()),
    ...(options.presence ? { presence: options.presence } : {}),
    onStatus: (status) => options.onStatus(withPlan(status)),
    onEffect: (effect) => {
      switch (effect.type) {
        case 'remind':
          void presenter.present(reminderFor(effect));
          break;
        case 'withdraw':
          presenter.withdraw(effect.id);
          break;
        case 'activity':
          options.onActivity?.(effect.tier, effect.activity, effect.reminderId);
          break;
        case 'sitting':
          options.onSittingBout?.(effect.from, effect.to);
          break;
        case 'snooze-refused':
          break;
      }
    },
  });

  function withPlan(status: BreakStatus): BreakPlanStatus {
    const s = settings.get();
    const phase = flareNow(s);
    const since = s.flareUpSince ? Date.parse(s.flareUpSince) : NaN;
    const flare =
      phase.kind === 'none' || Number.isNaN(since)
        ? null
        : { phase: phase.kind, day: Math.max(1, Math.floor((clock.now() - since) / DAY) + 1), days: 7 };
    const routineId = stretchRoutineId();
    return { ...status, routineId, routineGetsYouUp: routineGetsYouUp(routineId), stretchIntervalMin: Math.round(configFor(s).stretchIntervalMs / 60_000), flare, sittingToday: sittingToday(status) };
  }

  /** Today's longest and total sitting: the bouts history holds, and the one in progress. */
  function sittingToday(status: BreakStatus): BreakPlanStatus['sittingToday'] {
    const recorded = options.sittingRecorded?.(clock.now());
    if (recorded === undefined) return null;
    const current = status.sittingSince === null ? 0 : Math.floor(Math.max(0, clock.now() - status.sittingSince) / 60_000);
    const base = recorded ?? { longestMin: 0, totalMin: 0 };
    return { longestMin: Math.max(base.longestMin, current), totalMin: base.totalMin + current };
  }

  const offSettings = settings.onChange((s) => runtime.updateConfig(configFor(s)));

  /** The routine id, checked: unknown ids are refused with a typed error, never counted. */
  const knownRoutine = (routineId: string) => {
    if (!routineById(routineId)) {
      throw new InvalidArgumentsError([{ path: '0', message: `There is no routine called "${routineId.slice(0, 40)}".` }]);
    }
    return routineId;
  };

  const pause = (choice: PauseChoice) => runtime.pause(choice === 'tomorrow' ? 'tomorrow' : PAUSE_MS[choice]);

  return {
    status: (): BreakPlanStatus => withPlan(runtime.status()),
    snooze: () => runtime.snooze(),
    skip: () => runtime.skip(),
    pause,
    resume: () => runtime.resume(),
    setFocus: (on: boolean) => runtime.setFocus(on),
    toggleFocus: () => runtime.setFocus(!runtime.currentState.focus),
    /** "Start a stretch session now" (tray, shortcut, command line): opens the routine breaks use now. */
    startNow: (routineId?: string) => options.openSession(routineId ? knownRoutine(routineId) : stretchRoutineId()),
    /** A session really began: this, and only this, records a break as taken. */
    sessionStarted: (routineId: string) => runtime.sessionStarted(breakTierOf(knownRoutine(routineId)), routineGetsYouUp(routineId)),
    sessionFinished: (routineId: string) => runtime.sessionFinished(breakTierOf(knownRoutine(routineId)), routineGetsYouUp(routineId)),
    /** "I already moved" (tray): the sitting bout ends now. */
    moved: () => runtime.moved(),
    /** "I was away from my desk" (tray): the last unsure idle spell was a break. */
    wasAway: () => runtime.wasAway(),
    powerEvent: (name: PowerEventName) => runtime.powerEvent(name),
    refresh: () => runtime.refresh(),
    /** An answer from the notification or the reminder window. Start opens the session; nothing more. */
    answerReminder: (info: Pick<ReminderInfo, 'id' | 'tier'>, response: ReminderResponse) => {
      if (response === 'open') response = 'start';
      runtime.respond(info.id, response);
      if (response === 'start') options.openSession(info.tier === 'posture' ? POSTURE_ROUTINE_ID : stretchRoutineId());
    },
    /** For tests and the benchmark: the scheduler's own view, read-only. */
    inspect: () => ({ state: runtime.currentState, config: runtime.currentConfig, armedTimers: runtime.armedTimers, wakeups: runtime.wakeups }),
    dispose: () => {
      offSettings();
      runtime.dispose();
    },
  };
}

export type BreakService = ReturnType<typeof createBreakService>;
export type { BreakPlanStatus };
