import type { VNode } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CrossingInset } from './CrossingInset';
import { FIGURES } from './figures';
import { buildScene, type Scene, type ScenePart } from './scene';
import { stepsFor } from './keyframe-steps';
import { useKeyframe } from './use-keyframe';
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
 * stacked, and only one is shown, faded in by an opacity transition at each step of the loop
 * (keyframe-steps.ts, illustrations.css): the compositor draws frames only while a fade runs, and
 * the page wakes once per step. Morphing the paths' `d` recalculated style on every frame (about
 * 1,600 a minute); looping CSS animations kept the compositor drawing every vsync.
 */
export function SceneFigure({ scene, animate }: { scene: Scene; animate: boolean }) {
  const steps = useMemo(() => (animate ? stepsFor(scene.rhythm, scene.frameCount) : null), [animate, scene]);
  // The same drawings every step: Preact skips a subtree it is handed again, so a step re-renders
  // three svg roots, not every path in them.
  const drawings = useMemo(() => frameDrawings(scene), [scene]);
  const now = useKeyframe(steps, scene.loopSec * 1000);
  return steps && now ? <FigureFrames scene={scene} shown={now.frame} fadeMs={now.fadeMs} drawings={drawings} /> : <StillFigure scene={scene} />;
}

/** The held keyframe, one svg: as cheap as a picture. */
export function StillFigure({ scene }: { scene: Scene }) {
  return (
    <svg viewBox={scene.viewBox.join(' ')} class="figure" role="img" aria-label={t(scene.label)}>
      <FrameDrawing scene={scene} frame={scene.still} />
    </svg>
  );
}

/** Each keyframe's drawing, made once per scene. */
export function frameDrawings(scene: Scene): VNode[] {
  return Array.from({ length: scene.frameCount }, (_, frame) => <FrameDrawing scene={scene} frame={frame} />);
}

/**
 * Every keyframe stacked, `shown` faded in over `fadeMs`, the others faded out. The fade is set on
 * each svg (not as an inherited custom property on the stack), so a step restyles 2–3 elements
 * rather than every path under them.
 */
export function FigureFrames({ scene, shown, fadeMs, drawings }: { scene: Scene; shown: number; fadeMs: number; drawings: VNode[] }) {
  const box = scene.viewBox.join(' ');
  const fade = `${Math.round(fadeMs)}ms`;
  return (
    <div class="figure fig-frames" role="img" aria-label={t(scene.label)}>
      {drawings.map((drawing, frame) => (
        <svg
          key={frame}
          viewBox={box}
          class={`fig-frame fig-frame-${frame}${frame === scene.still ? ' fig-frame-still' : ''}${frame === shown ? ' fig-on' : ''}`}
          style={{ transitionDuration: fade }}
          aria-hidden="true"
        >
          {drawing}
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
