import type { Tier } from './machine';

/** Friendly, specific words for reminders: what to do and how long it takes, never "Break time!". */

const POSTURE_CUES = [
  { title: 'Posture check: sit back', body: 'Let the chair hold your lower back, and slide your hips all the way back.' },
  { title: 'Posture check: feet flat', body: 'Both feet flat on the floor, knees about level with your hips.' },
  { title: 'Posture check: shoulders down', body: 'Drop your shoulders away from your ears and let your arms rest.' },
  { title: 'Posture check: screen at eye level', body: 'Look straight ahead: the top of the screen should be at eye height.' },
] as const;

export function postureMessage(count: number): { title: string; body: string } {
  return POSTURE_CUES[((count % POSTURE_CUES.length) + POSTURE_CUES.length) % POSTURE_CUES.length]!;
}

export function stretchMessage(routine: { name: string; durationLabel: string; where: string }, snoozesLeft: number): {
  title: string;
  body: string;
} {
  const tail = snoozesLeft === 0 ? ' No snoozes left this time — your back will thank you.' : '';
  return {
    title: `Time for your ${routine.name}`,
    body: `${routine.durationLabel}, ${routine.where}. Start when you're ready.${tail}`,
  };
}

export function headsUpMessage(routineName: string, secondsLeft: number): { title: string; body: string } {
  const when = secondsLeft >= 90 ? `${Math.round(secondsLeft / 60)} minutes` : secondsLeft >= 45 ? '1 minute' : `${Math.round(secondsLeft)} seconds`;
  return { title: `Stretch break in ${when}`, body: `Finish your sentence — the ${routineName} is next.` };
}

/** The tray's one-line summary, e.g. "Stretch break in 23 min" or "Paused until 14:30". */
export function statusLine(
  status: { next: { tier: Tier; at: number } | null; blocked: string | null; pausedUntil: number | null; showing: Tier | null; workingResumesAt: number | null },
  now: number,
  clock: (ms: number) => string,
): string {
  if (status.showing) return status.showing === 'stretch' ? 'Stretch break now' : 'Posture check now';
  if (status.blocked === 'paused' && status.pausedUntil) return `Paused until ${clock(status.pausedUntil)}`;
  if (status.blocked === 'focus') return 'Focus mode — reminders wait';
  if (status.blocked === 'away') return 'Away — your break is counting';
  if (status.blocked === 'outside-hours') {
    return status.workingResumesAt ? `Outside working hours — back at ${clock(status.workingResumesAt)}` : 'Outside working hours';
  }
  if (!status.next) return 'Reminders on';
  const minutes = Math.max(0, Math.ceil((status.next.at - now) / 60_000));
  const what = status.next.tier === 'stretch' ? 'Stretch break' : 'Posture check';
  return minutes <= 1 ? `${what} in less than a minute` : `${what} in ${minutes} min`;
}
