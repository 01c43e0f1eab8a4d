import { useEffect, useRef, useState } from 'preact/hooks';
import { msUntilLabelChanges } from '../format-remaining';
import { msUntilSittingChanges } from '../format-sitting';

interface Anchors {
  /** Absolute wall-clock deadlines to count down to (null = none), shown with formatRemaining(). */
  until: ReadonlyArray<number | null>;
  /** Absolute wall-clock starts to count up from (null = none), shown with formatSitting(). */
  since?: ReadonlyArray<number | null>;
}

export interface Clocked {
  /** Milliseconds left until each `until` deadline, never below zero. */
  left: Array<number | null>;
  /** Milliseconds gone since each `since` start. */
  elapsed: Array<number | null>;
}

const measure = ({ until, since = [] }: Anchors, now: number): Clocked => ({
  left: until.map((d) => (d === null ? null : Math.max(0, d - now))),
  elapsed: since.map((s) => (s === null ? null : now - s)),
});

/** Milliseconds until any text shown for these measures changes; null when none ever will. */
function nextChange({ left, elapsed }: Clocked): number | null {
  const waits = [
    ...left.filter((ms): ms is number => ms !== null && ms > 0).map(msUntilLabelChanges),
    ...elapsed.filter((ms): ms is number => ms !== null).map(msUntilSittingChanges),
  ];
  return waits.length > 0 ? Math.min(...waits) : null;
}

/**
 * Time left until each deadline and time gone since each start (all absolute, from main),
 * re-rendered only when a text shown for them would change: once a minute far from a deadline or
 * for a sitting time, once a second close to a deadline, and not at all while the window is hidden.
 * One timer serves them all, so texts that change in the same moment wake the page once. It
 * computes from the anchors every time, never by counting ticks, so it cannot drift.
 */
export function useCountdowns(anchors: Anchors): Clocked {
  const key = `${anchors.until.join(',')}|${(anchors.since ?? []).join(',')}`;
  const [shown, setShown] = useState(() => ({ key, clocked: measure(anchors, Date.now()) }));
  const latest = useRef(anchors);
  latest.current = anchors;

  useEffect(() => {
    let timer: number | undefined;
    const tick = () => {
      window.clearTimeout(timer);
      const now = measure(latest.current, Date.now());
      setShown({ key, clocked: now });
      const wait = nextChange(now);
      // Nobody can see a hidden window: wake again when it is shown, not before. (The 5 ms covers
      // timers that fire a hair early.)
      if (wait !== null && document.visibilityState !== 'hidden') timer = window.setTimeout(tick, wait + 5);
    };
    tick();
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [key]);

  // New anchors are measured at once, not shown with the old ones' times until the timer runs.
  return shown.key === key ? shown.clocked : measure(anchors, Date.now());
}
