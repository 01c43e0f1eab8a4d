import { PoseFigure } from '../../illustrations/Figure';
import { postureFigureFor } from './posture-figures';

/**
 * The posture check at a glance: a small figure doing it, and a bar that fills over five seconds —
 * long enough to settle into the position, short enough to stay with the work. Pure CSS, so the
 * page is not woken to draw it; with reduced motion the bar is simply full.
 */
export function PostureCue({ title }: { title: string }) {
  return (
    <div class="posture-cue">
      <PoseFigure pose={postureFigureFor(title)} animate={false} />
      <div class="posture-hold" aria-hidden="true">
        <div class="posture-hold-fill" />
      </div>
    </div>
  );
}
