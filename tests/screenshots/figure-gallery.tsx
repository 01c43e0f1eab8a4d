/// <reference types="vite/client" />
import { render } from 'preact';
import { FIGURES } from '../../renderer/src/illustrations/figures';
import { CrossingInset } from '../../renderer/src/illustrations/CrossingInset';
import { SceneFigure } from '../../renderer/src/illustrations/Figure';
import { buildScene } from '../../renderer/src/illustrations/scene';
import '../../renderer/src/styles/tokens.css';
import '../../renderer/src/styles/elements.css';
import '../../renderer/src/styles/patterns.css';

/**
 * One exercise's figure, every keyframe of both sides, each drawn still — the page the figures
 * spec photographs. The exercise id comes from the root element's data-id.
 */
const root = document.getElementById('root')!;
const id = root.dataset['id'] ?? '';
const spec = FIGURES[id];
if (!spec) {
  root.textContent = `No figure for ${id}`;
} else {
  const sides = [1, 2] as const;
  render(
    <main class="gallery">
      <h1>{id}</h1>
      {sides.map((side) => (
        <section key={side} class="gallery-row" aria-label={`Side ${side}`}>
          {spec.frames.map((_, frame) => {
            const scene = { ...buildScene(spec, side), still: frame };
            return (
              <figure key={frame} class="player-figure">
                <SceneFigure scene={scene} animate={false} />
                <figcaption>
                  side {side} · frame {frame + 1}
                  {frame === spec.still ? ' (held)' : ''}
                </figcaption>
              </figure>
            );
          })}
          {/* The view from above, for the moves that cross one leg over the other (large, to check by eye). */}
          <div class="gallery-inset">
            <CrossingInset exerciseId={id} mirrored={side === 2} />
          </div>
        </section>
      ))}
    </main>,
    root,
  );
}
