import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../../electron/exercises/common/routines';
import { FIGURES } from '../../../renderer/src/illustrations/figures';
import { arrowPoints } from '../../../renderer/src/illustrations/scene';
import { BODY, distance, posePoints, solvePose, type Vec } from '../../../renderer/src/illustrations/skeleton';
import { linePoints, pathPoints, sceneOf } from './helpers';

const css = readFileSync(new URL('../../../renderer/src/illustrations/illustrations.css', import.meta.url), 'utf8');
const ids = Object.keys(FIGURES);

describe('every figure', () => {
  it('belongs to an exercise, and every exercise has one', () => {
    expect(ids.sort()).toEqual(EXERCISES.map((e) => e.id).sort());
  });

  it.each(ids)('%s: 2–3 keyframes that loop in a rhythm the stylesheet animates', (id) => {
    const spec = FIGURES[id]!;
    expect(spec.frames.length).toBeGreaterThanOrEqual(2);
    expect(spec.frames.length).toBeLessThanOrEqual(3);
    expect(spec.still).toBeLessThan(spec.frames.length);
    const rhythm = `fig-${spec.rhythm ?? 'hold'}-${spec.frames.length}`;
    for (let frame = 0; frame < spec.frames.length; frame++) {
      expect(css).toContain(`@keyframes ${rhythm}-${frame} {`);
      expect(css).toContain(`.${rhythm} .fig-frame-${frame} {\n  animation-name: ${rhythm}-${frame};`);
    }
    // An arrow that comes and goes is only animated for the held frame of a two-frame hold.
    for (const arrow of spec.arrows) if (arrow.only !== undefined) expect([rhythm, arrow.only]).toEqual(['fig-hold-2', 1]);
    expect(css).toMatch(/prefers-reduced-motion: reduce\)[^@]*\.fig-frame[^}]*animation: none/);
  });

  it.each(ids)('%s: moves — a part changes between keyframes, or a press comes and goes', (id) => {
    const scene = sceneOf(id);
    const moving = scene.parts.some((p) => new Set(p.d).size > 1);
    const pulsing = scene.overlays.some((o) => o.only !== null);
    expect(moving || pulsing).toBe(true);
    expect(scene.overlays.filter((o) => o.kind === 'arrow').length).toBeGreaterThan(0);
  });

  it.each(ids)('%s: highlights at least one working part, and only the parts the data names', (id) => {
    const scene = sceneOf(id);
    const working = scene.parts.filter((p) => p.working).map((p) => p.id);
    expect(working.length).toBeGreaterThan(0);
    expect(working.sort()).toEqual([...FIGURES[id]!.working].sort());
  });

  it.each(ids)('%s: side two is the exact mirror of side one', (id) => {
    const one = sceneOf(id, 1);
    const two = sceneOf(id, 2);
    const close = (a: readonly number[], b: readonly number[]) => a.every((v, i) => Math.abs(v - b[i]!) < 0.11);
    one.poses.forEach((pose, f) => {
      const mirrored = posePoints(two.poses[f]!);
      posePoints(pose).forEach((p, i) => expect(close([-p[0], p[1]], mirrored[i]!)).toBe(true));
    });
    const [x, y, w, h] = one.viewBox;
    expect(close([-(x + w), y, w, h], two.viewBox)).toBe(true);
    expect(two.parts.map((p) => [p.id, p.layer, p.working])).toEqual(one.parts.map((p) => [p.id, p.layer, p.working]));
    // Every drawn path, keyframe by keyframe: the same points with x negated (a circle may start elsewhere).
    const sorted = (points: Vec[]) => [...new Set(points.map(([px, py]) => `${Math.round(px * 10) / 10 + 0} ${py + 0}`))].sort();
    one.parts.forEach((part, i) =>
      part.d.forEach((d, f) => expect(sorted(pathPoints(two.parts[i]!.d[f]!))).toEqual(sorted(pathPoints(d).map(([px, py]) => [-px, py] as Vec)))),
    );
    one.props.forEach((prop, i) => expect(sorted(pathPoints(two.props[i]!.d))).toEqual(sorted(pathPoints(prop.d).map(([px, py]) => [-px, py] as Vec))));
    one.overlays.forEach((o, i) => {
      const a = linePoints(o.d);
      const b = linePoints(two.overlays[i]!.d);
      expect(b).toHaveLength(a.length);
      a.forEach((p, k) => expect(close([-p[0], p[1]], b[k]!)).toBe(true));
      expect(two.overlays[i]!.only).toBe(o.only);
    });
  });

  it.each(ids)('%s: the viewBox is cropped to the figure (nothing outside, little empty space)', (id) => {
    const scene = sceneOf(id);
    const [x, y, w] = scene.viewBox;
    const points = [...scene.poses.flatMap(posePoints), ...scene.overlays.flatMap((o) => linePoints(o.d))];
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(x + BODY.limbRadius);
    expect(Math.max(...xs)).toBeLessThanOrEqual(x + w - BODY.limbRadius);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(y + BODY.limbRadius);
    // The figure spans the box, give or take the head, a stroke and the padding (props may add more).
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(w - 90);
    expect(Math.min(...ys) - y).toBeLessThanOrEqual(BODY.headRadius + 12);
  });

  it.each(ids)('%s: nothing goes through the floor', (id) => {
    for (const pose of sceneOf(id).poses) {
      for (const p of posePoints(pose)) expect(p[1]).toBeLessThanOrEqual(-BODY.limbRadius + 0.6);
      expect(pose.head[1]).toBeLessThanOrEqual(-BODY.headRadius + 0.6);
    }
  });

  it.each(ids)('%s: far and near legs are one outline or clearly two, never a faded double', (id) => {
    for (const pose of sceneOf(id).poses) {
      const { near, far } = pose.legs;
      const same = distance(near.knee, far.knee) < 0.01 && distance(near.ankle, far.ankle) < 0.01;
      const apart = distance(near.knee, far.knee) >= 8 || distance(near.ankle, far.ankle) >= 8;
      expect(same || apart).toBe(true);
    }
  });
});

describe('the body model', () => {
  it('solves a standing figure with the segment lengths it promises', () => {
    const arm = { reach: { point: [0, -40] as const }, bend: 1 as const };
    const pose = solvePose({ hip: [0, -83.5], trunk: 0, legs: { near: { hip: 0, knee: 0 }, far: { hip: 0, knee: 0 } }, arms: { near: arm, far: arm } });
    expect(pose.legs.near.ankle[1]).toBeCloseTo(-83.5 + BODY.thigh + BODY.shin, 5);
    expect(distance(pose.hip, pose.neck)).toBeCloseTo(BODY.trunk, 5);
    expect(distance(pose.arms.near.shoulder, pose.arms.near.elbow)).toBeCloseTo(BODY.upperArm, 5);
  });

  it('bends the knee backward and the hip forward', () => {
    const arm = { reach: { point: [0, 0] as const }, bend: 1 as const };
    const pose = solvePose({ hip: [0, -43.5], trunk: 0, legs: { near: { hip: 90, knee: 90 }, far: { hip: 0, knee: 90 } }, arms: { near: arm, far: arm } });
    expect(pose.legs.near.knee[0]).toBeCloseTo(BODY.thigh, 5); // thigh forward
    expect(pose.legs.near.ankle[1]).toBeCloseTo(-43.5 + BODY.shin, 5); // shin hangs down
    expect(pose.legs.far.ankle[0]).toBeCloseTo(-BODY.shin, 5); // heel goes back
  });

  it('draws an arrow head at the end of the move, pointing along it', () => {
    const spec = FIGURES['walk']!;
    const { shaft, head } = arrowPoints(spec.arrows[0]!, spec.frames.map(solvePose));
    expect(head[1]).toEqual(shaft.at(-1));
    expect(head[0][0]).toBeLessThan(head[1][0]);
  });
});
