import { t } from '../../../electron/i18n/common/translate';
import { readFileSync } from 'node:fs';
import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { SceneFigure } from '../../../renderer/src/illustrations/Figure';
import { FIGURES } from '../../../renderer/src/illustrations/figures';
import { sceneOf } from './helpers';

// Issue 27: the player's figure moves without style work on the page's thread. Each keyframe is
// an svg of its own and only opacity is animated (the compositor's alone); morphing `d` cost
// about 1,600 style recalculations a minute.
const css = readFileSync(new URL('../../../renderer/src/illustrations/illustrations.css', import.meta.url), 'utf8');

type Node = VNode<Record<string, unknown>>;
const children = (node: Node): Node[] => [node.props['children']].flat(3).filter((c): c is Node => typeof c === 'object' && c !== null);

describe('the moving figure', () => {
  it('animates nothing in the stylesheet but opacity and transform', () => {
    const keyframes = [...css.matchAll(/@keyframes\s+([\w-]+)\s*\{((?:[^{}]*\{[^{}]*\})*)\s*\}/g)];
    expect(keyframes.length).toBeGreaterThan(0);
    for (const [, name, body] of keyframes) {
      const properties = [...body!.matchAll(/([\w-]+)\s*:/g)].map((m) => m[1]);
      expect(properties.filter((p) => p !== 'opacity' && p !== 'transform'), `@keyframes ${name}`).toEqual([]);
    }
    // Every animated frame is its own compositor layer.
    expect(css).toMatch(/\.fig-frame \{[^}]*will-change: opacity/);
  });

  // Issue 27: a running animation makes the compositor draw every frame; a finite one stops.
  it('moves for a while, never for ever: a hold once into the held position, a walk or a cycle three times', () => {
    const rule = (selector: string) => new RegExp(`${selector.replace(/\./g, '\\.')}[^{]*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    for (const rhythm of ['fig-hold-2', 'fig-hold-3']) expect(rule(`.${rhythm} .fig-frame,`) + rule(`.${rhythm} .fig-frame `)).toMatch(/animation-iteration-count: 1;[^}]*animation-fill-mode: both/);
    for (const rhythm of ['fig-swing-2', 'fig-cycle-3']) expect(rule(`.${rhythm} .fig-frame,`) + rule(`.${rhythm} .fig-frame `)).toMatch(/animation-iteration-count: 3;[^}]*animation-fill-mode: both/);
    // Every rhythm in use has its finite count (the base rule's `infinite` is only a fallback).
    const used = new Set(Object.values(FIGURES).map((f) => `fig-${f.rhythm ?? 'hold'}-${f.frames.length}`));
    for (const rhythm of used) expect(['fig-hold-2', 'fig-hold-3', 'fig-swing-2', 'fig-cycle-3']).toContain(rhythm);
  });

  it.each(Object.entries(FIGURES).filter(([, f]) => (f.rhythm ?? 'hold') === 'hold'))('%s: a hold ends shown in its held position and stays there', (_id, spec) => {
    // The held frame is the last one, and at the end of the animation only it is shown.
    expect(spec.still).toBe(spec.frames.length - 1);
    for (let frame = 0; frame < spec.frames.length; frame++) {
      const body = new RegExp(`@keyframes fig-hold-${spec.frames.length}-${frame} \\{([\\s\\S]*?)\\n\\}`).exec(css)![1]!;
      const last = /100%\s*\{\s*opacity: ([\d.]+)/.exec(body)![1];
      expect(Number(last), `frame ${frame}`).toBe(frame === spec.still ? 1 : 0);
    }
  });

  it.each(Object.keys(FIGURES))('%s: moving, one labelled picture of stacked keyframe drawings; still, one svg', (id) => {
    const scene = sceneOf(id);
    const moving = (SceneFigure({ scene, animate: true }) as Node);
    expect(moving.props).toMatchObject({ role: 'img', 'aria-label': t(scene.label) });
    const frames = children(moving);
    expect(frames).toHaveLength(scene.frameCount);
    frames.forEach((frame, i) => {
      expect(frame.type).toBe('svg');
      expect(frame.props['aria-hidden']).toBe('true');
      expect(frame.props['class']).toContain(`fig-frame-${i}`);
    });
    expect(frames.filter((f) => String(f.props['class']).includes('fig-frame-still'))).toHaveLength(1);
    const still = SceneFigure({ scene, animate: false }) as Node;
    expect(still.type).toBe('svg');
    expect(still.props).toMatchObject({ role: 'img', 'aria-label': t(scene.label) });
  });
});
