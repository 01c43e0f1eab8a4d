import { useEffect, useMemo, useState } from 'preact/hooks';
import { CrossingInset } from './CrossingInset';
import { FIGURES } from './figures';
import { buildScene, type Scene, type ScenePart } from './scene';
import './illustrations.css';
import { t } from '@electron/i18n/common/translate';

function Part({ part, frame }: { part: ScenePart; frame: number }) {
  const kind = part.id === 'head' ? 'head' : part.id === 'towel' ? 'towel' : part.id === 'trunk' ? 'torso' : part.id === 'shoulders' ? 'joint' : 'limb';
  const arm = part.id === 'near-arm' || part.id === 'far-arm' ? ' fig-arm' : '';
  return <path d={part.d[frame]} class={`fig-${kind}${arm} fig-${part.layer}${part.working ? ' fig-active' : ''}`} />;
}

/** One keyframe drawn whole: props, far limbs, body, near limbs, then the arrows that show in it. */
function FrameDrawing({ scene, frame }: { scene: Scene; frame: number }) {
  const layer = (name: ScenePart['layer']) =>
    scene.parts.filter((p) => p.layer === name).map((p) => <Part key={p.id} part={p} frame={frame} />);
  return (
    <>
      <g class="fig-props">
        {scene.props.map((p, i) => (
          <path key={i} d={p.d} class={`fig-${p.kind}`} />
        ))}
      </g>
      {layer('far')}
      {layer('behind')}
      {layer('body')}
      {layer('near')}
      {scene.overlays
        .filter((o) => o.only === null || o.only === frame)
        .map((o, i) => (
          <path key={`o${i}`} d={o.d} class={`fig-${o.kind}`} />
        ))}
    </>
  );
}

/**
 * A scene drawn. Still: its held keyframe, one svg. Moving: every keyframe is an svg of its own,
 * stacked, and the stylesheet only changes their opacity (illustrations.css), which the compositor
 * animates with no style, layout or paint work on the page's thread; morphing the paths' `d`
 * recalculated style on every frame (about 1,600 a minute). No script drives it.
 */
export function SceneFigure({ scene, animate }: { scene: Scene; animate: boolean }) {
  const box = scene.viewBox.join(' ');
  if (!animate)
    return (
      <svg viewBox={box} class="figure" role="img" aria-label={t(scene.label)}>
        <FrameDrawing scene={scene} frame={scene.still} />
      </svg>
    );
  return (
    <div
      class={`figure fig-frames fig-${scene.rhythm}-${scene.frameCount}`}
      style={{ '--loop': `${scene.loopSec}s` }}
      role="img"
      aria-label={t(scene.label)}
    >
      {Array.from({ length: scene.frameCount }, (_, frame) => (
        <svg
          key={frame}
          viewBox={box}
          class={`fig-frame fig-frame-${frame}${frame === scene.still ? ' fig-frame-still' : ''}`}
          aria-hidden="true"
        >
          <FrameDrawing scene={scene} frame={frame} />
        </svg>
      ))}
    </div>
  );
}

/** Whether the page can be seen; a hidden or minimised window animates nothing. */
function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState !== 'hidden');
  useEffect(() => {
    const update = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return visible;
}

/** Less motion asked for: the held keyframe, one svg, as cheap as a picture. */
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function Figure({
  exerciseId,
  mirrored,
  animate,
}: {
  exerciseId: string;
  mirrored?: boolean;
  animate?: boolean;
}) {
  const scene = useMemo(() => {
    const spec = FIGURES[exerciseId];
    return spec ? buildScene(spec, mirrored ? 2 : 1) : null;
  }, [exerciseId, mirrored]);
  const visible = usePageVisible();
  if (!scene) return null;
  return (
    <div class="fig-wrap">
      <SceneFigure scene={scene} animate={(animate ?? true) && visible && !reducedMotion()} />
      <CrossingInset exerciseId={exerciseId} mirrored={mirrored} />
    </div>
  );
}
