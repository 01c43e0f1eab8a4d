import { useEffect, useState } from 'preact/hooks';
import { msUntilLabelChanges } from './remaining-label';

/**
 * Milliseconds left until an absolute wall-clock deadline (from main), re-rendered only when the
 * text formatRemaining() shows would change: once a minute far from the deadline, once a second
 * close to it, and not at all while the window is hidden. It computes from the deadline every
 * time, never by counting ticks, so it cannot drift; it never goes below zero.
 */
export function useCountdown(deadline: number | null): number | null {
  const remaining = () => (deadline === null ? null : Math.max(0, deadline - Date.now()));
  const [left, setLeft] = useState<number | null>(remaining);

  useEffect(() => {
    if (deadline === null) {
      setLeft(null);
      return;
    }
    let timer: number | undefined;
    const tick = () => {
      window.clearTimeout(timer);
      const ms = Math.max(0, deadline - Date.now());
      setLeft(ms);
      // Nobody can see a hidden window: wake again when it is shown, not before.
      if (ms > 0 && document.visibilityState !== 'hidden') timer = window.setTimeout(tick, msUntilLabelChanges(ms) + 5);
    };
    tick();
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [deadline]);

  return left;
}
