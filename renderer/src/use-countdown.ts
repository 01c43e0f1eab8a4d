import { useEffect, useState } from 'preact/hooks';
import { msUntilLabelChanges } from './remaining-label';

const remainingAt = (deadlines: ReadonlyArray<number | null>, now: number) => deadlines.map((d) => (d === null ? null : Math.max(0, d - now)));

/**
 * Milliseconds left until each absolute wall-clock deadline (from main; null = none), re-rendered
 * only when a text formatRemaining() shows would change: once a minute far from the deadline, once
 * a second close to it, and not at all while the window is hidden. One timer serves every deadline,
 * so two countdowns that change in the same second wake the page once. It computes from the
 * deadlines every time, never by counting ticks, so it cannot drift; it never goes below zero.
 */
export function useCountdowns(deadlines: ReadonlyArray<number | null>): Array<number | null> {
  const [left, setLeft] = useState(() => remainingAt(deadlines, Date.now()));
  const key = deadlines.join(',');

  useEffect(() => {
    let timer: number | undefined;
    const tick = () => {
      window.clearTimeout(timer);
      const now = remainingAt(deadlines, Date.now());
      setLeft(now);
      const waits = now.filter((ms): ms is number => ms !== null && ms > 0).map(msUntilLabelChanges);
      // Nobody can see a hidden window: wake again when it is shown, not before. (The 5 ms covers
      // timers that fire a hair early.)
      if (waits.length > 0 && document.visibilityState !== 'hidden') timer = window.setTimeout(tick, Math.min(...waits) + 5);
    };
    tick();
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [key]);

  return left;
}
