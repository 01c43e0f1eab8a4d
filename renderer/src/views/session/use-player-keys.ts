import { useLayoutEffect } from 'preact/hooks';
import type { SessionView } from '@electron/session/common/session';
import { describeFocus, shortcutFor, waitingShortcut } from './player-keys';

export interface PlayerHandlers {
  onPause: () => void;
  onResume: () => void;
  onBack: () => void;
  onNext: () => void;
  onAskEnd: () => void;
}

/**
 * The player's keys for the whole window while it is on screen (player-keys.ts says which key
 * means what). A layout effect: the keys work from the first frame the player is shown.
 */
export function usePlayerKeys(active: boolean, view: Pick<SessionView, 'paused' | 'waiting'>, h: PlayerHandlers): void {
  useLayoutEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const focus = describeFocus(document.activeElement);
      const action = view.waiting && !view.paused ? waitingShortcut(e, focus) : shortcutFor(e, focus);
      if (!action) return;
      e.preventDefault();
      if (action === 'toggle-pause') (view.paused ? h.onResume : h.onPause)();
      else if (action === 'next') h.onNext();
      else if (action === 'back') h.onBack();
      else h.onAskEnd();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, view.paused, view.waiting, h.onResume, h.onPause, h.onNext, h.onBack, h.onAskEnd]);
}
