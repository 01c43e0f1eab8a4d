import { useLayoutEffect, useState } from 'preact/hooks';
import { keyframeAt, type KeyframeNow, type KeyframeStep } from './keyframe-steps';

/**
 * The keyframe a moving figure shows now, changed by one timer at each step (keyframe-steps.ts):
 * one wake-up per step and a short compositor fade, nothing between. `steps` null: no timer at all
 * (still, hidden or reduced motion). The first frame is shown at once, without a fade.
 */
export function useKeyframe(steps: readonly KeyframeStep[] | null, loopMs: number): KeyframeNow | null {
  const [now, setNow] = useState<KeyframeNow | null>(() => (steps ? { ...keyframeAt(steps, loopMs, 0), fadeMs: 0 } : null));
  // A layout effect: started and stopped in the render that asks for it. Preact runs plain effects
  // after the next animation frame (or a 100 ms timer), which would wake a page just hidden.
  useLayoutEffect(() => {
    if (!steps) {
      setNow(null);
      return;
    }
    const started = performance.now();
    let timer = 0;
    const step = (fade: boolean) => {
      const next = keyframeAt(steps, loopMs, performance.now() - started);
      setNow(fade ? next : { ...next, fadeMs: 0 });
      timer = window.setTimeout(() => step(true), next.nextInMs);
    };
    step(false);
    return () => window.clearTimeout(timer);
  }, [steps, loopMs]);
  return now;
}
