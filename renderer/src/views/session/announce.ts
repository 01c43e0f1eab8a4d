import type { SessionView } from '@electron/session/common/session';
import { t } from '@electron/i18n/common/translate';
import { formatSeconds } from '@electron/i18n/common/format';

/** What a screen reader hears: the phase when it starts, halfway, and ten seconds before the end. */
export function announcement(view: SessionView): string | null {
  const seconds = Math.ceil(view.remainingMs / 1000);
  const total = Math.round(view.durationMs / 1000);
  if (view.paused) return t('app.announce.paused', { time: formatSeconds(seconds, 'long') });
  if (seconds === total) {
    if (view.phase === 'hold') {
      const name = view.sideLabel ? t('app.announce.nameSide', { name: view.exercise.name, side: view.sideLabel }) : view.exercise.name;
      return t('app.announce.hold', { name, time: formatSeconds(total, 'long') });
    }
    return view.cueText;
  }
  if (view.phase === 'hold' && total >= 20 && seconds === Math.round(total / 2)) return t('app.announce.halfway', { time: formatSeconds(seconds, 'long') });
  if (view.phase === 'hold' && total >= 20 && seconds === 10) return t('app.announce.tenLeft');
  return null;
}
