import type { ReminderAction } from './reminder';
import type { BlockedReason, HoldKind, Tier } from './state';

/**
 * Every word Limber says about breaks, written once: reminder texts, their buttons, the tray's
 * one-line status and the home screen's "held back" sentence. Friendly and specific: what to do
 * and how long it takes, never "Break time!".
 */

export const TIER_NAME: Record<Tier, string> = { stretch: 'Stretch break', posture: 'Posture check' };

const POSTURE_CUES = [
  { title: 'Posture check: sit back', body: 'Let the chair hold your lower back, and slide your hips all the way back.' },
  { title: 'Posture check: feet flat', body: 'Both feet flat on the floor, knees about level with your hips.' },
  { title: 'Posture check: shoulders down', body: 'Drop your shoulders away from your ears and let your arms rest.' },
  { title: 'Posture check: screen at eye level', body: 'Look straight ahead: the top of the screen should be at eye height.' },
] as const;

/** Sitting itself is what aggravates sciatica: with a sit-stand desk, every other check gets you out of the chair. */
const STAND_CUE = { title: 'Posture check: stand up or change position', body: 'Raise the desk and work standing for a while, or at least shift how you sit.' } as const;

export function postureMessage(count: number, sitStandDesk = false): { title: string; body: string } {
  if (sitStandDesk && count % 2 === 1) return STAND_CUE;
  const n = sitStandDesk ? Math.floor(count / 2) : count;
  return POSTURE_CUES[((n % POSTURE_CUES.length) + POSTURE_CUES.length) % POSTURE_CUES.length]!;
}

export function stretchMessage(
  routine: { name: string; durationLabel: string; where: string },
  snoozesLeft: number,
  bout: { sittingMin: number; reaskMin: number; boutLimited?: boolean } = { sittingMin: 0, reaskMin: 0 },
): { title: string; body: string } {
  const tail = snoozesLeft > 0 ? '' : bout.boutLimited ? ' No snoozing now: you have sat long enough.' : ' No snoozes left this time.';
  const again = bout.reaskMin > 0 ? ` Skip it and I'll ask again in ${bout.reaskMin} minutes.` : '';
  return {
    title: bout.sittingMin >= 1 ? `You've been sitting for ${bout.sittingMin} minutes` : `Time for your ${routine.name}`,
    body: `${bout.sittingMin >= 1 ? `Time for your ${routine.name}: ` : ''}${routine.durationLabel}, ${routine.where}. Start when you're ready.${again}${tail}`,
  };
}

const HOLD_WORDS: Record<HoldKind, string> = { call: 'call', presenting: 'presentation', dnd: 'quiet time' };

/** The stretch break held back by a call, offered when it ends: it names what happened. */
export function afterHoldMessage(after: { kind: HoldKind; minutes: number }, routine: { name: string; durationLabel: string; where: string }): {
  title: string;
  body: string;
} {
  const what = after.minutes >= 1 ? `a ${after.minutes}-minute ${HOLD_WORDS[after.kind]}` : `your ${HOLD_WORDS[after.kind]}`;
  return {
    title: `You've been sitting through ${what}`,
    body: `Time to stand and stretch? The ${routine.name}: ${routine.durationLabel}, ${routine.where}.`,
  };
}

export function headsUpMessage(routineName: string, secondsLeft: number): { title: string; body: string } {
  const when = secondsLeft >= 90 ? `${Math.round(secondsLeft / 60)} minutes` : secondsLeft >= 45 ? '1 minute' : `${Math.round(secondsLeft)} seconds`;
  return { title: `Stretch break in ${when}`, body: `Finish your sentence — the ${routineName} is next.` };
}

/** The buttons a reminder offers, in order; the notification and the reminder window show the same. */
export function reminderActions(r: { tier: Tier; kind: 'heads-up' | 'due'; canSnooze: boolean; snoozeMin: number; askAway?: boolean }): ReminderAction[] {
  if (r.kind === 'heads-up') return [];
  if (r.tier === 'posture') {
    return [
      { id: 'done', label: 'Done ✓' },
      { id: 'start', label: 'Do the 30-second reset' },
      { id: 'skip', label: 'Skip' },
    ];
  }
  const start: ReminderAction = { id: 'start', label: 'Start stretch' };
  const skip: ReminderAction = { id: 'skip', label: 'Skip' };
  // Both end the sitting bout honestly; "I was away" only when an idle spell left Limber unsure.
  const moved: ReminderAction = r.askAway ? { id: 'away', label: 'I was away from my desk' } : { id: 'moved', label: 'I already moved' };
  return r.canSnooze ? [start, { id: 'snooze', label: `Snooze ${r.snoozeMin} min` }, skip, moved] : [start, skip, moved];
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
  if (status.showing) return status.showing === 'stretch' ? 'Your stretch break is waiting for you.' : 'Posture check now.';
  switch (status.blocked) {
    case 'paused':
      return status.pausedUntil ? `Reminders paused until ${clock(status.pausedUntil)}.` : 'Reminders paused.';
    case 'focus':
      return 'Focus mode is on: reminders wait until you turn it off.';
    case 'away':
      return 'You are away: that counts as a break.';
    case 'in-call':
      return "Held: you're in a call. Your break comes when it ends.";
    case 'presenting':
      return "Held: you're presenting. Your break comes when you stop.";
    case 'dnd':
      return 'Held: do not disturb is on.';
    case 'outside-hours':
      return status.workingResumesAt
        ? `Outside your working hours — reminders start at ${clock(status.workingResumesAt)}.`
        : 'Outside your working hours.';
    default:
      return '';
  }
}

/**
 * The tray's one line. Absolute times ("Stretch break at 14:35") stay true without re-rendering
 * the tray every minute.
 */
export function trayLine(status: StatusWords, clock: (ms: number) => string): string {
  if (status.showing) return `${TIER_NAME[status.showing]} now`;
  if (status.next) return `${TIER_NAME[status.next.tier]} at ${clock(status.next.at)}`;
  switch (status.blocked) {
    case 'paused':
      return status.pausedUntil ? `Paused until ${clock(status.pausedUntil)}` : 'Paused';
    case 'focus':
      return 'Focus mode — reminders wait';
    case 'away':
      return 'Away — your break is counting';
    case 'in-call':
      return "Held: you're in a call";
    case 'presenting':
      return "Held: you're presenting";
    case 'dnd':
      return 'Held: do not disturb';
    case 'outside-hours':
      return status.workingResumesAt ? `Outside working hours — back at ${clock(status.workingResumesAt)}` : 'Outside working hours';
    default:
      return 'Reminders on';
  }
}

/**
 * The tray's sitting line: since when the current bout has run (an absolute time stays true
 * without redrawing the tray every minute), and, where calls cannot be seen, that they may hide
 * sitting. Null while the person is not sitting.
 */
export function sittingLine(status: { sittingSince: number | null; presenceKnown: boolean }, clock: (ms: number) => string): string | null {
  if (status.sittingSince === null) return null;
  return `Sitting since ${clock(status.sittingSince)}${status.presenceKnown ? '' : ' (calls may hide more)'}`;
}
