import type { SessionView } from '@electron/session/common/session';

const PHASE_LABEL: Record<SessionView['phase'], string> = {
  'get-ready': 'Get ready',
  hold: 'Hold',
  switch: 'Switch',
  rest: 'Relax',
  transition: 'Up next',
  'get-up': 'Get up',
  finished: 'Done',
};

/** Phases longer than this count in minutes and seconds. */
const MINUTES_FROM_MS = 90_000;

/** "45" for a hold, "4:58" (then "0:45") for a phase of minutes: a walk reads as minutes, not 298. */
export function clockText(remainingMs: number, durationMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  if (durationMs <= MINUTES_FROM_MS) return String(seconds);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The word under the number: "walk" while walking, else the phase ("Hold", "Get ready"). */
export function timerLabel(view: Pick<SessionView, 'phase' | 'paused' | 'exercise'>): string {
  if (view.paused) return 'Paused';
  if (view.phase === 'hold' && view.exercise.position === 'walking') return 'walk';
  return PHASE_LABEL[view.phase];
}

/** What a screen reader says for the timer: "4 minutes 58 seconds, walk". */
export function timerName(remainingMs: number, label: string): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [minutes > 0 ? `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : '', minutes === 0 || rest > 0 ? `${rest} ${rest === 1 ? 'second' : 'seconds'}` : ''];
  return `${parts.filter(Boolean).join(' ')}, ${label}`;
}

/** Milliseconds until the shown whole second changes (or the phase ends), plus a hair past it. */
export function msToNextSecond(remainingMs: number): number {
  return (remainingMs % 1000 || 1000) + 2;
}
