import { useMemo } from 'preact/hooks';
import { SceneFigure } from '../../illustrations/Figure';
import { buildScene } from '../../illustrations/scene';
import { postureFigureFor } from './posture-figures';

/**
 * The posture check at a glance: a small figure holding the position, and a bar that fills over
 * five seconds — long enough to settle into it, short enough to stay with the work. Pure CSS, so
 * the page is not woken to draw it; with reduced motion the bar is simply full.
 */
export function PostureCue({ title }: { title: string }) {
  const scene = useMemo(() => buildScene(postureFigureFor(title)), [title]);
  return (
    <div class="posture-cue">
      <SceneFigure scene={scene} animate={false} />
      <div class="posture-hold" aria-hidden="true">
        <div class="posture-hold-fill" />
      </div>
    </div>
  );
}
