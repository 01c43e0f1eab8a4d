import { t } from '../../../electron/i18n/common/translate';
import { readFileSync } from 'node:fs';
import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { FigureFrames, frameDrawings, StillFigure } from '../../../renderer/src/illustrations/Figure';
import { FIGURES } from '../../../renderer/src/illustrations/figures';
import { keyframeAt, MAX_FADE_MS, stepsFor } from '../../../renderer/src/illustrations/keyframe-steps';
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
    const moving = FigureFrames({ scene, shown: 1, fadeMs: 224, drawings: frameDrawings(scene) }) as Node;
    expect(moving.props).toMatchObject({ role: 'img', 'aria-label': t(scene.label) });
    // The fade is each svg's own: an inherited custom property on the stack would restyle every path.
    expect(moving.props['style']).toBeUndefined();
    const frames = children(moving);
    expect(frames).toHaveLength(scene.frameCount);
    frames.forEach((frame, i) => {
      expect(frame.type).toBe('svg');
      expect(frame.props['aria-hidden']).toBe('true');
      expect(frame.props['class']).toContain(`fig-frame-${i}`);
      expect(String(frame.props['class']).includes('fig-on')).toBe(i === 1);
      expect(frame.props['style']).toEqual({ transitionDuration: '224ms' });
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
    expect(keyframeAt(walk, loop, 0)).toEqual({ frame: 0, fadeMs: 0, nextInMs: 0.25 * loop });
    expect(keyframeAt(walk, loop, 0.25 * loop)).toEqual({ frame: 1, fadeMs: 0, nextInMs: 0.5 * loop });
    expect(keyframeAt(walk, loop, 0.5 * loop).frame).toBe(1);
    const late = keyframeAt(walk, loop, 0.9 * loop);
    expect(late.frame).toBe(0);
    // Wraps to the next loop's first step.
    expect(late.nextInMs).toBeCloseTo(0.35 * loop, 6);
  });

  it('a hold eases into its position, but no fade runs longer than MAX_FADE_MS (each of its frames costs the page)', () => {
    const hold = stepsFor('hold', 2)!;
    expect(keyframeAt(hold, 1000, 200)).toMatchObject({ frame: 1, fadeMs: 140 });
    expect(keyframeAt(hold, 8000, 1600)).toMatchObject({ frame: 1, fadeMs: MAX_FADE_MS });
    for (const [rhythm, count] of [['hold', 2], ['hold', 3], ['swing', 2], ['cycle', 3]] as const)
      for (let ms = 0; ms < 8000; ms += 50) expect(keyframeAt(stepsFor(rhythm, count)!, 8000, ms).fadeMs).toBeLessThanOrEqual(MAX_FADE_MS);
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
