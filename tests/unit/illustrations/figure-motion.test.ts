import { t } from '../../../electron/i18n/common/translate';
import { readFileSync } from 'node:fs';
import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { FigureFrames, StillFigure } from '../../../renderer/src/illustrations/Figure';
import { FIGURES } from '../../../renderer/src/illustrations/figures';
import { keyframeAt, stepsFor } from '../../../renderer/src/illustrations/keyframe-steps';
import { sceneOf } from './helpers';

// Issue 27: the player's figure moves without style work on the page's thread and without the
// compositor drawing through the holds. Each keyframe is an svg of its own; one is shown at a time,
// faded in by an opacity transition at each step of the loop (morphing `d` cost about 1,600 style
// recalculations a minute; looping opacity animations kept the compositor drawing every vsync).
const css = readFileSync(new URL('../../../renderer/src/illustrations/illustrations.css', import.meta.url), 'utf8');

type Node = VNode<Record<string, unknown>>;
const children = (node: Node): Node[] => [node.props['children']].flat(3).filter((c): c is Node => typeof c === 'object' && c !== null);

describe('the moving figure', () => {
  it('runs no looping animation, and fades nothing but opacity', () => {
    expect(css).not.toMatch(/@keyframes|animation(-[a-z]+)?\s*:/);
    const transitions = [...css.matchAll(/transition:\s*([^;]+);/g)].map((m) => m[1]!.trim());
    expect(transitions.length).toBeGreaterThan(0);
    for (const value of transitions) expect(value).toMatch(/^(none|opacity [^,]*)$/);
    // Every frame is its own compositor layer.
    expect(css).toMatch(/\.fig-frame \{[^}]*will-change: opacity/);
  });

  it.each(Object.keys(FIGURES))('%s: moving, one labelled picture of stacked keyframes, one shown; still, one svg', (id) => {
    const scene = sceneOf(id);
    const moving = FigureFrames({ scene, shown: 1, fadeMs: 224 }) as Node;
    expect(moving.props).toMatchObject({ role: 'img', 'aria-label': t(scene.label), style: { '--fade': '224ms' } });
    const frames = children(moving);
    expect(frames).toHaveLength(scene.frameCount);
    frames.forEach((frame, i) => {
      expect(frame.type).toBe('svg');
      expect(frame.props['aria-hidden']).toBe('true');
      expect(frame.props['class']).toContain(`fig-frame-${i}`);
      expect(String(frame.props['class']).includes('fig-on')).toBe(i === 1);
    });
    expect(frames.filter((f) => String(f.props['class']).includes('fig-frame-still'))).toHaveLength(1);
    const still = StillFigure({ scene }) as Node;
    expect(still.type).toBe('svg');
    expect(still.props).toMatchObject({ role: 'img', 'aria-label': t(scene.label) });
  });

  it.each(Object.keys(FIGURES))('%s: every keyframe of a moving figure is shown in its loop', (id) => {
    const scene = sceneOf(id);
    const steps = stepsFor(scene.rhythm, scene.frameCount);
    if (scene.frameCount < 2) return expect(steps).toBeNull();
    expect(steps).not.toBeNull();
    expect(new Set(steps!.map((s) => s.frame))).toEqual(new Set(Array.from({ length: scene.frameCount }, (_, i) => i)));
  });
});

describe('keyframeAt: the loop stepped through', () => {
  const walk = stepsFor('swing', 2)!;
  const loop = 1600;

  it('starts on the first frame and changes only at the steps, each fade its share of the loop', () => {
    expect(keyframeAt(walk, loop, 0)).toEqual({ frame: 0, fadeMs: 0.14 * loop, nextInMs: 0.18 * loop });
    expect(keyframeAt(walk, loop, 0.18 * loop)).toEqual({ frame: 1, fadeMs: 0.14 * loop, nextInMs: 0.5 * loop });
    expect(keyframeAt(walk, loop, 0.5 * loop).frame).toBe(1);
    const late = keyframeAt(walk, loop, 0.9 * loop);
    expect(late.frame).toBe(0);
    // Wraps to the next loop's first step.
    expect(late.nextInMs).toBeCloseTo(0.28 * loop, 6);
  });

  it('is the same in every loop, and the next step is always ahead', () => {
    for (let ms = 0; ms < 3 * loop; ms += 37) {
      const now = keyframeAt(walk, loop, ms);
      expect(now).toEqual(keyframeAt(walk, loop, ms + 5 * loop));
      expect(now.nextInMs).toBeGreaterThan(0);
      expect(now.nextInMs).toBeLessThanOrEqual(0.5 * loop + 1e-9);
    }
  });

  it('wakes the page once per step: twice a loop for walking, three times for a three-frame hold', () => {
    const wakes = (steps: NonNullable<ReturnType<typeof stepsFor>>, loopMs: number, loops: number) => {
      let n = 0;
      for (let ms = 0; ms < loops * loopMs; ms += keyframeAt(steps, loopMs, ms).nextInMs) n += 1;
      return n;
    };
    expect(wakes(walk, loop, 10)).toBe(21);
    expect(wakes(stepsFor('hold', 3)!, 8000, 10)).toBe(31);
  });
});
