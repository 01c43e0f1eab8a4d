import { useMemo } from 'preact/hooks';
import { CrossingInset } from './CrossingInset';
import { FIGURES } from './figures';
import { buildScene, type Scene, type ScenePart } from './scene';
import './illustrations.css';
import { t } from '@electron/i18n/common/translate';

/** Each keyframe's path as a custom property; the stylesheet morphs `d` between them. */
function frameVars(d: string[]): Record<string, string> {
  return Object.fromEntries(d.map((path, i) => [`--k${i}`, `path("${path}")`]));
}

function Part({ part, scene }: { part: ScenePart; scene: Scene }) {
  const moves = part.d.some((d) => d !== part.d[0]);
  const kind = part.id === 'head' ? 'head' : part.id === 'towel' ? 'towel' : part.id === 'trunk' ? 'torso' : part.id === 'shoulders' ? 'joint' : 'limb';
  const arm = part.id === 'near-arm' || part.id === 'far-arm' ? ' fig-arm' : '';
  return (
    <path
      d={part.d[scene.still]}
      class={`fig-${kind}${arm} fig-${part.layer}${part.working ? ' fig-active' : ''}${moves ? ' fig-morph' : ''}`}
      style={moves ? frameVars(part.d) : undefined}
    />
  );
}

/** A scene drawn: props, far limbs, body, near limbs, then arrows; every part loops through the keyframes. */
export function SceneFigure({ scene, animate }: { scene: Scene; animate: boolean }) {
  const layer = (name: ScenePart['layer']) => scene.parts.filter((p) => p.layer === name).map((p) => <Part key={p.id} part={p} scene={scene} />);
  return (
    <svg
      viewBox={scene.viewBox.join(' ')}
      class={`figure fig-${scene.rhythm}-${scene.frameCount}${animate ? ' figure-animate' : ''}`}
      style={{ '--loop': `${scene.loopSec}s` }}
      role="img"
      aria-label={t(scene.label)}
    >
      <g class="fig-props">
        {scene.props.map((p, i) => (
          <path key={i} d={p.d} class={`fig-${p.kind}`} />
        ))}
      </g>
      {layer('far')}
      {layer('behind')}
      {layer('body')}
      {layer('near')}
      {scene.overlays.map((o, i) => (
        <path key={`o${i}`} d={o.d} class={`fig-${o.kind}${o.only === null ? '' : ` fig-only-${o.only}${o.only === scene.still ? '' : ' fig-off-when-still'}`}`} />
      ))}
    </svg>
  );
}

export function Figure({ exerciseId, mirrored, animate }: { exerciseId: string; mirrored?: boolean; animate?: boolean }) {
  const scene = useMemo(() => {
    const spec = FIGURES[exerciseId];
    return spec ? buildScene(spec, mirrored ? 2 : 1) : null;
  }, [exerciseId, mirrored]);
  if (!scene) return null;
  return (
    <div class="fig-wrap">
      <SceneFigure scene={scene} animate={animate ?? true} />
      <CrossingInset exerciseId={exerciseId} mirrored={mirrored} />
    </div>
  );
}
