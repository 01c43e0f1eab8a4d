import type { SessionView } from '@electron/session/common/session';

/** What a screen reader hears: the phase when it starts, halfway, and ten seconds before the end. */
export function announcement(view: SessionView): string | null {
  const seconds = Math.ceil(view.remainingMs / 1000);
  const total = Math.round(view.durationMs / 1000);
  if (view.paused) return `Paused with ${seconds} seconds left.`;
  if (seconds === total) {
    if (view.phase === 'hold') return `${view.exercise.name}${view.sideLabel ? `, ${view.sideLabel}` : ''}: hold for ${total} seconds.`;
    return view.cueText;
  }
  if (view.phase === 'hold' && total >= 20 && seconds === Math.round(total / 2)) return `Halfway. ${seconds} seconds left.`;
  if (view.phase === 'hold' && total >= 20 && seconds === 10) return 'Ten seconds left.';
  return null;
}
