import type { SessionView } from '@electron/session/common/session';
import type { MessageKey } from '@electron/i18n/common/generated/keys';
import { t } from '@electron/i18n/common/translate';
import { formatMinutes, formatMinutesSeconds, formatNumber } from '@electron/i18n/common/format';

const PHASE_LABEL: Record<SessionView['phase'], MessageKey> = {
  'get-ready': 'app.phase.getReady',
  hold: 'app.phase.hold',
  switch: 'app.phase.switch',
  rest: 'app.phase.rest',
  transition: 'app.phase.transition',
  'get-up': 'app.phase.getUp',
  finished: 'app.phase.finished',
};

/** Phases longer than this count in minutes and seconds. */
const MINUTES_FROM_MS = 90_000;

/** "45" for a hold, "4:58" (then "0:45") for a phase of minutes: a walk reads as minutes, not 298. */
export function clockText(remainingMs: number, durationMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  if (durationMs <= MINUTES_FROM_MS) return formatNumber(seconds);
  return `${formatNumber(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The word under the number: "walk" while walking, else the phase ("Hold", "Get ready"). */
export function timerLabel(view: Pick<SessionView, 'phase' | 'paused' | 'exercise'>): string {
  if (view.paused) return t('app.phase.paused');
  if (view.phase === 'hold' && view.exercise.position === 'walking') return t('app.phase.walk');
  return t(PHASE_LABEL[view.phase]);
}

/** What a screen reader says for the timer: "4 minutes, 58 seconds, walk"; "1 minute, walk". */
export function timerName(remainingMs: number, label: string): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const time = seconds >= 60 && seconds % 60 === 0 ? formatMinutes(seconds / 60, 'long') : formatMinutesSeconds(seconds, 'long');
  return t('app.player.timerName', { time, label });
}

/** Milliseconds until the shown whole second changes (or the phase ends), plus a hair past it. */
export function msToNextSecond(remainingMs: number): number {
  return (remainingMs % 1000 || 1000) + 2;
}
