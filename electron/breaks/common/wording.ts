import type { ReminderAction } from './reminder';
import type { BlockedReason, HoldKind, Tier } from './state';
import { t } from '../../i18n/common/translate';
import type { MessageKey } from '../../i18n/common/generated/keys';
import { formatMinutes, formatMinutesSeconds, formatNumber } from '../../i18n/common/format';
import { routineLabel } from '../../exercises/common/plan';

/**
 * Every word Limber says about breaks, from the `main` catalogue (electron/i18n/locales/<locale>/main.json):
 * reminder texts, their buttons, the tray's one-line status and the home screen's "held back"
 * sentence. Friendly and specific: what to do and how long it takes, never "Break time!".
 * Lengths of time go through format.ts, so "45 minutes" reads "45 Minuten" in German.
 */

type Cue = { title: MessageKey; body: MessageKey };
const POSTURE_CUES: readonly Cue[] = [
  { title: 'main.posture.sitBack.title', body: 'main.posture.sitBack.body' },
  { title: 'main.posture.feetFlat.title', body: 'main.posture.feetFlat.body' },
  { title: 'main.posture.shouldersDown.title', body: 'main.posture.shouldersDown.body' },
  { title: 'main.posture.eyeLevel.title', body: 'main.posture.eyeLevel.body' },
];

/** Sitting itself is what aggravates sciatica: with a sit-stand desk, every other check gets you out of the chair. */
const STAND_CUE: Cue = { title: 'main.posture.stand.title', body: 'main.posture.stand.body' };

export function postureMessage(count: number, sitStandDesk = false): { title: string; body: string } {
  const n = sitStandDesk ? Math.floor(count / 2) : count;
  const cue =
    sitStandDesk && count % 2 === 1
      ? STAND_CUE
      : POSTURE_CUES[((n % POSTURE_CUES.length) + POSTURE_CUES.length) % POSTURE_CUES.length]!;
  return { title: t(cue.title), body: t(cue.body) };
}

/** How a reminder names a routine: its name, its length already formatted ("7 min"), and where it is done. */
export interface RoutineWords {
  name: string;
  durationLabel: string;
  where: string;
}

export function stretchMessage(
  routine: RoutineWords,
  snoozesLeft: number,
  bout: { sittingMin: number; reaskMin: number; boutLimited?: boolean } = { sittingMin: 0, reaskMin: 0 },
): { title: string; body: string } {
  const words = { routine: routine.name, duration: routine.durationLabel, where: routine.where };
  const sitting = bout.sittingMin >= 1;
  const sentences = [t(sitting ? 'main.stretch.bodySitting' : 'main.stretch.body', words)];
  if (bout.reaskMin > 0) sentences.push(t('main.stretch.askAgain', { duration: formatMinutes(bout.reaskMin, 'long') }));
  if (snoozesLeft <= 0)
    sentences.push(t(bout.boutLimited ? 'main.stretch.noSnoozingNow' : 'main.stretch.noSnoozesLeft'));
  return {
    title: sitting
      ? t('main.stretch.titleSitting', { duration: formatMinutes(bout.sittingMin, 'long') })
      : t('main.stretch.titleTimeFor', words),
    body: sentences.join(' '),
  };
}

/** The stretch break held back by a call, offered when it ends: it names what happened. */
export function afterHoldMessage(
  after: { kind: HoldKind; minutes: number },
  routine: RoutineWords,
): { title: string; body: string } {
  return {
    title:
      after.minutes >= 1
        ? t('main.afterHold.titleMinutes', { kind: after.kind, minutes: after.minutes })
        : t('main.afterHold.title', { kind: after.kind }),
    body: t('main.afterHold.body', { routine: routine.name, duration: routine.durationLabel, where: routine.where }),
  };
}

export function headsUpMessage(routineName: string, secondsLeft: number): { title: string; body: string } {
  // Rounded as a person would say it: minutes from 90 s on, "1 minute" from 45 s, seconds below.
  const when =
    secondsLeft >= 90
      ? formatMinutes(Math.round(secondsLeft / 60), 'long')
      : secondsLeft >= 45
        ? formatMinutes(1, 'long')
        : formatMinutesSeconds(Math.round(secondsLeft), 'long');
  return { title: t('main.headsUp.title', { duration: when }), body: t('main.headsUp.body', { routine: routineName }) };
}

/** The buttons a reminder offers, in order; the notification and the reminder window show the same. */
export function reminderActions(r: {
  tier: Tier;
  kind: 'heads-up' | 'due';
  canSnooze: boolean;
  snoozeMin: number;
  askAway?: boolean;
}): ReminderAction[] {
  if (r.kind === 'heads-up') return [];
  if (r.tier === 'posture') {
    return [
      { id: 'done', label: t('main.action.done') },
      { id: 'start', label: t('main.action.postureReset') },
      { id: 'skip', label: t('main.action.skip') },
    ];
  }
  const start: ReminderAction = { id: 'start', label: t('main.action.start') };
  const skip: ReminderAction = { id: 'skip', label: t('main.action.skip') };
  // Both end the sitting bout honestly; "I was away" only when an idle spell left Limber unsure.
  const moved: ReminderAction = r.askAway
    ? { id: 'away', label: t('main.action.away') }
    : { id: 'moved', label: t('main.action.moved') };
  const snooze: ReminderAction = {
    id: 'snooze',
    label: t('main.action.snooze', { duration: formatMinutes(r.snoozeMin) }),
  };
  return r.canSnooze ? [start, snooze, skip, moved] : [start, skip, moved];
}

interface StatusWords {
  next: { tier: Tier; at: number } | null;
  blocked: BlockedReason | null;
  pausedUntil: number | null;
  showing: Tier | null;
  workingResumesAt: number | null;
}

/** Why reminders are not counting down right now, as a sentence; '' when they are. */
export function heldBackText(status: StatusWords, clock: (ms: number) => string): string {
  if (status.showing) return t('main.held.showing', { tier: status.showing });
  switch (status.blocked) {
    case 'paused':
      return status.pausedUntil
        ? t('main.held.pausedUntil', { time: clock(status.pausedUntil) })
        : t('main.held.paused');
    case 'focus':
      return t('main.held.focus');
    case 'away':
      return t('main.held.away');
    case 'in-call':
      return t('main.held.inCall');
    case 'presenting':
      return t('main.held.presenting');
    case 'dnd':
      return t('main.held.dnd');
    case 'outside-hours':
      return status.workingResumesAt
        ? t('main.held.outsideHoursUntil', { time: clock(status.workingResumesAt) })
        : t('main.held.outsideHours');
    default:
      return '';
  }
}

/**
 * The tray's one line. Absolute times ("Stretch break at 14:35") stay true without re-rendering
 * the tray every minute.
 */
export function trayLine(status: StatusWords, clock: (ms: number) => string): string {
  if (status.showing) return t('main.status.now', { tier: status.showing });
  if (status.next) return t('main.status.at', { tier: status.next.tier, time: clock(status.next.at) });
  switch (status.blocked) {
    case 'paused':
      return status.pausedUntil
        ? t('main.status.pausedUntil', { time: clock(status.pausedUntil) })
        : t('main.status.paused');
    case 'focus':
      return t('main.status.focus');
    case 'away':
      return t('main.status.away');
    case 'in-call':
      return t('main.status.inCall');
    case 'presenting':
      return t('main.status.presenting');
    case 'dnd':
      return t('main.status.dnd');
    case 'outside-hours':
      return status.workingResumesAt
        ? t('main.status.outsideHoursUntil', { time: clock(status.workingResumesAt) })
        : t('main.status.outsideHours');
    default:
      return t('main.status.on');
  }
}

/**
 * The tray's sitting line: since when the current bout has run (an absolute time stays true
 * without redrawing the tray every minute), and, where calls cannot be seen, that they may hide
 * sitting. Null while the person is not sitting.
 */
export function sittingLine(
  status: { sittingSince: number | null; presenceKnown: boolean },
  clock: (ms: number) => string,
): string | null {
  if (status.sittingSince === null) return null;
  return t(status.presenceKnown ? 'main.status.sittingSince' : 'main.status.sittingSinceUnsure', {
    time: clock(status.sittingSince),
  });
}

/**
 * How a reminder names a routine. Its length is the one the window shows (the plan's total,
 * lead-in and getting up included, through format.ts's formatDuration), so a reminder never says
 * "6 min" for what home and the preview call "7 min". An id that no longer exists falls back to
 * the default routine.
 */
export function reminderRoutineWords(id: string): RoutineWords {
  const label = routineLabel(id);
  return { name: label.name, where: label.where, durationLabel: label.durationLabel };
}

/**
 * The afternoon walking nudge (rotation.ts): "0.2 of 1 mile so far today — a short walk now?",
 * in the plan's own unit, then what the walk break is. Walked amounts keep up to two decimals.
 */
export function walkNudgeBody(walking: { walked: number; goal: number; unit: 'mi' | 'km' | 'min' }, routine: RoutineWords): string {
  return t('main.walkNudge.body', {
    walked: formatNumber(walking.walked, 2),
    goal: t('main.walkNudge.amount', { unit: walking.unit, count: walking.goal }),
    routine: routine.name,
    duration: routine.durationLabel,
  });
}
