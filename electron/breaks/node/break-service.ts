import { localCalendar, type Calendar, configFromSettings } from '../common/config';
import type { Activity, BreakEffect, Tier } from './machine';
import type { BreakPlanStatus } from '../common/status';
import type { PresenceFeed } from './presence-watch';
import { BreakRuntime, type BreakStatus } from './runtime';
import { glanceAtClocks } from './watches';
import type { Clock, IdleSource, PowerEventName, Timers } from '../../ports/scheduler';
import { afterHoldMessage, headsUpMessage, postureMessage, reminderActions, stretchMessage, reminderRoutineWords, walkNudgeBody } from '../common/wording';
import { afterOffer, freshMemory, pickOffer, type BreakOffer, type RotationMemory, type WalkingProgress } from '../common/rotation';
import { breakTierOf, POSTURE_ROUTINE_ID, routineById, routineGetsYouUp } from '../../exercises/common/routines';
import { isOwnId } from '../../exercises/common/custom-registry';
import type { PauseChoice } from '../common/break-channels';
import { InvalidArgumentsError } from '../../base/common/result';
import { t } from '../../i18n/common/translate';
import type { ReminderInfo, ReminderPresenter, ReminderResponse } from './reminder-presenter';
import { flareAdjustments, flarePhase, flareStatus } from '../../safety/common/flare';
import { breakRoutineId, offerContext } from '../../safety/common/offer';
import type { Settings } from '../../settings/common/schema';
import type { SettingsService } from '../../settings/node/settings-store';

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
  /** Today's walking against its goal, for the afternoon walking nudge; null when it is off. */
  walkingToday?: () => WalkingProgress | null;
  /** Glance at the clocks this often, so a sleep the OS did not announce is seen at once (watches.ts). */
  clockGlanceMs?: number;
}

/**
 * How a reminder names its routine. An own one is marked as the person's or their clinician's in
 * plain text ("My physio routine (from you or your clinician)"): a notification shows no badge.
 * Here, not in wording.ts, since only main says it: the window's words stay without it.
 */
function namedInText(routineId: string) {
  const words = reminderRoutineWords(routineId);
  return isOwnId(routineId) && routineById(routineId) ? { ...words, name: t('routines.own.named', { name: words.name }) } : words;
}

/** The one place that defines what each pause choice means. */
export const PAUSE_MS: Record<Exclude<PauseChoice, 'tomorrow'>, number> = { '30m': 30 * 60_000, '1h': 60 * 60_000 };

/**
 * The break service: the only way anything outside the scheduler changes it. Commands in,
 * status out; it owns the rules that join the scheduler to settings, flare-up mode, reminders
 * and sessions, and it alone decides when a break counts as taken (when its session starts).
 */
export function createBreakService(options: BreakServiceOptions) {
  const { settings, presenter, clock } = options;
  const calendar = options.calendar ?? localCalendar;
  let postureCount = 0;
  /** What today's breaks already offered (rotation.ts), and what each stretch reminder on screen offers. */
  let memory: RotationMemory = freshMemory(calendar.at(clock.now(), 0, 0));
  const offers = new Map<number, BreakOffer>();

  const flareNow = (s: Settings) => flarePhase(s.flareUpSince, new Date(clock.now()));
  const configFor = (s: Settings) => {
    const phase = flareNow(s);
    const recheckAt = phase.kind === 'none' ? null : phase.endsAt.getTime();
    const status = flareStatus(s.flareUpSince, new Date(clock.now()));
    return configFromSettings(s, flareAdjustments(s.stretchIntervalMin, status).stretchIntervalFactor, recheckAt);
  };
  /** The routine breaks open now: the gentle one early in a flare-up or when nothing of the usual one suits (safety/offer.ts). */
  const stretchRoutineId = (): string => offerNow(false).routineId;

  /**
   * What the next stretch break offers (rotation.ts): a chosen time's routine, the walking nudge
   * or the usual routine, always through the safety filter, so a floor routine the screening
   * leaves out, or any routine early in a flare-up, becomes the gentle one.
   */
  function offerNow(withWalking: boolean): BreakOffer {
    const s = settings.get();
    const now = clock.now();
    const day = calendar.at(now, 0, 0);
    if (memory.day !== day) memory = freshMemory(day);
    const ctx = offerContext(s, new Date(now));
    const offer = pickOffer({
      usualId: s.stretchRoutineId,
      // A time whose routine was deleted since offers the usual routine (Settings says so).
      times: s.stretchTimes.filter((time) => routineById(time.routineId) !== undefined),
      minuteOfDay: calendar.parts(now).minutes,
      memory,
      walking: () => (withWalking && s.walkingNudge ? (options.walkingToday?.() ?? null) : null),
      offered: (id) => breakRoutineId(id, ctx) === id,
    });
    return { ...offer, routineId: breakRoutineId(offer.routineId, ctx) };
  }

  /** The offer was used (started, skipped, missed, moved past): a chosen time or the nudge is not offered again today. */
  function offerUsed(reminderId: number): void {
    const offer = offers.get(reminderId);
    if (!offer) return;
    offers.delete(reminderId);
    memory = afterOffer(memory, offer, settings.get().stretchTimes);
  }

  type RemindEffect = Extract<BreakEffect, { type: 'remind' }>;
  /** The reminder on screen, as made: worded again in a new language (rewordReminder). */
  let shown: { effect: RemindEffect; postureIndex: number } | null = null;
  const reminderFor = (effect: RemindEffect, postureIndex = postureCount++): ReminderInfo => {
    shown = { effect, postureIndex };
    const s = settings.get();
    const offer = effect.tier === 'stretch' ? offerNow(true) : null;
    if (offer && effect.kind === 'due') {
      for (const old of offers.keys()) if (old !== effect.id) offers.delete(old);
      offers.set(effect.id, offer);
    }
    const routine = namedInText(offer?.routineId ?? stretchRoutineId());
    const canSnooze = effect.kind === 'due' && effect.tier === 'stretch' && effect.snoozesLeft > 0;
    const words =
      effect.kind === 'heads-up'
        ? headsUpMessage(routine.name, (effect.dueAt - clock.now()) / 1000)
        : effect.tier === 'posture'
          ? postureMessage(postureIndex, s.sitStandDesk)
          : effect.after
            ? afterHoldMessage(effect.after, routine)
            : stretchMessage(routine, effect.snoozesLeft, { sittingMin: Math.floor((effect.sittingMs ?? 0) / 60_000), reaskMin: effect.reaskMin ?? 0, boutLimited: effect.snoozeBoutLimited === true });
    // The walking nudge keeps the break's title (how long the person has sat) and says how far the walk is.
    if (offer?.reason === 'walk-nudge' && effect.kind === 'due' && !effect.after) words.body = walkNudgeBody(offer.walking, routine);
    const askAway = effect.kind === 'due' && effect.askAway === true;
    const base = { id: effect.id, tier: effect.tier, kind: effect.kind, snoozeMin: s.snoozeMin, canSnooze, askAway };
    return { ...base, ...words, actions: reminderActions(base) };
  };

  const runtime = new BreakRuntime({
    config: configFor(settings.get()),
    clock,
    timers: options.timers,
    idle: options.idle,
    calendar,
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
          // A snooze asks again with the same offer; a call's withdrawal brings it back after the call.
          if (effect.reminderId !== undefined && effect.activity !== 'snoozed' && effect.activity !== 'withdrawn') offerUsed(effect.reminderId);
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
    const now = flareStatus(s.flareUpSince, new Date(clock.now()));
    const flare = now && { phase: now.stage.gentleBreaks ? ('rest' as const) : ('return' as const), day: now.day, days: now.days };
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
  const stopGlancing = options.clockGlanceMs ? glanceAtClocks(options.timers, () => runtime.catchUp(), options.clockGlanceMs) : () => {};

  /** The routine id, checked: unknown ids are refused with a typed error, never counted. */
  const knownRoutine = (routineId: string) => {
    if (!routineById(routineId)) {
      throw new InvalidArgumentsError([{ path: '0', message: t('errors.ipc.noRoutine') }]);
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
      const offered = offers.get(info.id)?.routineId;
      runtime.respond(info.id, response);
      if (response !== 'start') return;
      offerUsed(info.id);
      // The routine offered when the reminder was made, if it is still there: the routines file
      // can lose it meanwhile (kept aside when damaged, or changed by hand). Else what a break offers now.
      const stillThere = offered !== undefined && routineById(offered) !== undefined ? offered : undefined;
      options.openSession(info.tier === 'posture' ? POSTURE_ROUTINE_ID : (stillThere ?? stretchRoutineId()));
    },
    /** A new language: the reminder on screen (if any) is worded again, the same cue in the new words. */
    rewordReminder: () => {
      if (shown && presenter.active?.id === shown.effect.id) presenter.reword(reminderFor(shown.effect, shown.postureIndex));
    },
    /** For tests and the benchmark: the scheduler's own view, read-only. */
    inspect: () => ({ state: runtime.currentState, config: runtime.currentConfig, armedTimers: runtime.armedTimers, wakeups: runtime.wakeups }),
    dispose: () => {
      offSettings();
      stopGlancing();
      runtime.dispose();
    },
  };
}

export type BreakService = ReturnType<typeof createBreakService>;
export type { BreakPlanStatus };
