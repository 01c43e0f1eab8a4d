import { useEffect, useRef } from 'preact/hooks';

/**
 * Holds the session while something covers it (a question, the warning signs) and lets it run on
 * when that goes, if it was running before. A session the user had paused stays paused.
 */
export function useHoldWhile(covered: boolean, control: { paused: () => boolean; pause: () => void; resume: () => void }) {
  const wasRunning = useRef(false);
  useEffect(() => {
    if (covered) {
      wasRunning.current = !control.paused();
      if (wasRunning.current) control.pause();
    } else if (wasRunning.current) {
      wasRunning.current = false;
      control.resume();
    }
  }, [covered]);
}
