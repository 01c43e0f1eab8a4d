import { useEffect, useState } from 'preact/hooks';

/**
 * Milliseconds left until an absolute wall-clock deadline (from main), re-rendered on each whole
 * second of the remaining time. It computes from the deadline every time, never by counting
 * ticks, so it cannot drift; it never goes below zero.
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
      const ms = Math.max(0, deadline - Date.now());
      setLeft(ms);
      // Wake just after the next whole second of remaining time changes.
      if (ms > 0) timer = window.setTimeout(tick, (ms % 1000) + 5);
    };
    tick();
    return () => window.clearTimeout(timer);
  }, [deadline]);

  return left;
}
