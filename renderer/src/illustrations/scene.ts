import type { ArrowSpec, FigureSpec, PartId, PointRef, PropSpec } from './figure-spec';
import { BODY, solvePose, type SolvedPose, type Vec } from './skeleton';
import type { MessageKey } from '@electron/i18n/common/generated/keys';

/**
 * A figure ready to draw: every body part as one path per keyframe (same commands in each, so CSS
 * can morph between them), the props, the arrows, and a viewBox cropped to all of it. Side two is
 * side one mirrored point by point, so the two can never disagree.
 */
export interface ScenePart {
  id: PartId | 'head' | 'towel';
  /** Drawn behind the body and paler (the far limbs), behind it at full strength, as the body, or in front. */
  layer: 'far' | 'behind' | 'body' | 'near';
  working: boolean;
  /** One path per keyframe. */
  d: string[];
}
/** Arrows and guide lines drawn over the figure. */
export interface SceneOverlay {
  kind: 'arrow' | 'guide';
  d: string;
  /** The one keyframe it shows in, or null when it always shows. */
  only: number | null;
}
export interface Scene {
  label: MessageKey;
  viewBox: [number, number, number, number];
  frameCount: number;
  still: number;
  loopSec: number;
  rhythm: NonNullable<FigureSpec['rhythm']>;
  poses: SolvedPose[];
  parts: ScenePart[];
  props: Array<{ kind: 'floor' | 'mat' | 'prop' | 'prop-fill' | 'screen'; d: string }>;
  overlays: SceneOverlay[];
}

const PAD = 10;
const r1 = (n: number) => Math.round(n * 10) / 10;
const pt = (p: Vec) => `${r1(p[0])} ${r1(p[1])}`;
const polyline = (points: Vec[]) => `M${points.map(pt).join(' L')}`;
const circle = (c: Vec, r: number) => `M${pt([c[0] - r, c[1]])} A${r} ${r} 0 1 0 ${pt([c[0] + r, c[1]])} A${r} ${r} 0 1 0 ${pt([c[0] - r, c[1]])}`;

export function pointOf(pose: SolvedPose, ref: PointRef): Vec {
  switch (ref) {
    case 'head':
      return pose.head;
    case 'hip':
      return pose.hip;
    case 'shoulder':
      return pose.shoulder;
    case 'near-knee':
      return pose.legs.near.knee;
    case 'near-ankle':
      return pose.legs.near.ankle;
    case 'far-knee':
      return pose.legs.far.knee;
  }
}

/** An arrow as points: a shaft, then the two barbs of its head. */
export function arrowPoints(spec: ArrowSpec, poses: SolvedPose[]): { shaft: Vec[]; head: [Vec, Vec, Vec] } {
  let shaft: Vec[];
  if (spec.kind === 'line') {
    shaft = [spec.from, spec.to];
  } else if (spec.kind === 'orbit') {
    const c = pointOf(poses[spec.frame]!, spec.point);
    const steps = 16;
    shaft = Array.from({ length: steps + 1 }, (_, i) => {
      const a = ((spec.fromDeg + ((spec.toDeg - spec.fromDeg) * i) / steps) * Math.PI) / 180;
      return [c[0] + Math.cos(a) * spec.radius, c[1] + Math.sin(a) * spec.radius] as Vec;
    });
  } else {
    const a = pointOf(poses[spec.from]!, spec.point);
    const b = pointOf(poses[spec.to]!, spec.point);
    // Scaled about its middle: some moves are small, and their arrow still has to be seen.
    const k = spec.scale ?? 1;
    const mid: Vec = [(a[0] + b[0]) / 2 + spec.offset[0], (a[1] + b[1]) / 2 + spec.offset[1]];
    const start: Vec = [mid[0] + ((a[0] - b[0]) / 2) * k, mid[1] + ((a[1] - b[1]) / 2) * k];
    const end: Vec = [mid[0] + ((b[0] - a[0]) / 2) * k, mid[1] + ((b[1] - a[1]) / 2) * k];
    const len = Math.hypot(end[0] - start[0], end[1] - start[1]) || 1;
    const bow = spec.bow ?? 0;
    const ctrl: Vec = [(start[0] + end[0]) / 2 - ((end[1] - start[1]) / len) * bow, (start[1] + end[1]) / 2 + ((end[0] - start[0]) / len) * bow];
    shaft = Array.from({ length: 9 }, (_, i) => {
      const t = i / 8;
      return [(1 - t) ** 2 * start[0] + 2 * (1 - t) * t * ctrl[0] + t * t * end[0], (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * ctrl[1] + t * t * end[1]] as Vec;
    });
  }
  const tip = shaft[shaft.length - 1]!;
  const before = shaft[shaft.length - 2]!;
  const angle = Math.atan2(tip[1] - before[1], tip[0] - before[0]);
  const barb = (turn: number): Vec => [tip[0] - Math.cos(angle + turn) * 6, tip[1] - Math.sin(angle + turn) * 6];
  return { shaft, head: [barb(0.5), tip, barb(-0.5)] };
}

/** Geometry before it becomes path text, so side two can mirror points rather than drawings. */
type Shape = { kind: 'line'; points: Vec[] } | { kind: 'quad'; points: [Vec, Vec, Vec] } | { kind: 'circle'; center: Vec; r: number } | { kind: 'area'; points: Vec[] };

const line = (...points: Vec[]): Shape => ({ kind: 'line', points });

function shapeToPath(shape: Shape): string {
  switch (shape.kind) {
    case 'line':
      return polyline(shape.points);
    case 'area':
      return `${polyline(shape.points)} Z`;
    case 'quad':
      return `M${pt(shape.points[0])} Q${pt(shape.points[1])} ${pt(shape.points[2])}`;
    case 'circle':
      return circle(shape.center, shape.r);
  }
}

function mirrorShape(shape: Shape): Shape {
  const m = (p: Vec): Vec => [-p[0], p[1]];
  switch (shape.kind) {
    case 'circle':
      return { kind: 'circle', center: m(shape.center), r: shape.r };
    case 'quad':
      return { kind: 'quad', points: [m(shape.points[0]), m(shape.points[1]), m(shape.points[2])] };
    default:
      return { kind: shape.kind, points: shape.points.map(m) };
  }
}

function shapePoints(shape: Shape): Vec[] {
  return shape.kind === 'circle' ? [[shape.center[0] - shape.r, shape.center[1] - shape.r], [shape.center[0] + shape.r, shape.center[1] + shape.r]] : shape.points;
}

function propShapes(prop: PropSpec, near: number, far: number): Array<{ kind: Scene['props'][number]['kind']; shapes: Shape[] }> {
  switch (prop.kind) {
    case 'mat':
      return [{ kind: 'mat', shapes: [line([near, -1.5], [far, -1.5])] }];
    case 'chair': {
      const { seatY, back, front } = prop;
      const toward = Math.sign(front - back);
      return [{ kind: 'prop', shapes: [line([back, seatY - 48], [back, seatY], [front, seatY]), line([back + 4 * toward, seatY], [back + 4 * toward, 0]), line([front - 4 * toward, seatY], [front - 4 * toward, 0])] }];
    }
    case 'desk': {
      const { x, topY, screenTop } = prop;
      return [
        { kind: 'prop', shapes: [line([x, topY], [x + 60, topY]), line([x + 54, topY], [x + 54, 0]), line([x + 42, screenTop + 26], [x + 42, topY]), line([x + 34, topY], [x + 50, topY])] },
        { kind: 'screen', shapes: [line([x + 40, screenTop + 1], [x + 40, screenTop + 27])] },
      ];
    }
    case 'step':
      return [{ kind: 'prop-fill', shapes: [{ kind: 'area', points: [[prop.x, 0], [prop.x, prop.topY], [prop.x + prop.width, prop.topY], [prop.x + prop.width, 0]] }] }];
  }
}

/** The body's parts as shapes, one list per keyframe. */
function bodyShapes(spec: FigureSpec, pose: SolvedPose): Array<{ id: ScenePart['id']; layer: ScenePart['layer']; shape: Shape }> {
  const { legs, arms } = pose;
  const shapes: Array<{ id: ScenePart['id']; layer: ScenePart['layer']; shape: Shape }> = [
    { id: 'far-leg', layer: 'far', shape: line(legs.far.hip, legs.far.knee, legs.far.ankle, legs.far.toe) },
    { id: 'far-arm', layer: 'far', shape: line(arms.far.shoulder, arms.far.elbow, arms.far.hand) },
    { id: 'trunk', layer: 'body', shape: { kind: 'quad', points: [pose.hip, pose.spine, pose.neck] } },
    { id: 'head', layer: 'body', shape: { kind: 'circle', center: pose.head, r: BODY.headRadius } },
    { id: 'near-leg', layer: 'near', shape: line(legs.near.hip, legs.near.knee, legs.near.ankle, legs.near.toe) },
    { id: 'near-arm', layer: spec.armsBehindTrunk ? 'behind' : 'near', shape: line(arms.near.shoulder, arms.near.elbow, arms.near.hand) },
  ];
  if (spec.working.includes('shoulders')) shapes.push({ id: 'shoulders', layer: 'near', shape: { kind: 'circle', center: pose.shoulder, r: 6.5 } });
  if (spec.towel) {
    const sole: Vec = [(legs.near.ankle[0] + legs.near.toe[0]) / 2, (legs.near.ankle[1] + legs.near.toe[1]) / 2];
    shapes.push({ id: 'towel', layer: 'near', shape: line(arms.near.hand, sole) });
  }
  return shapes;
}

export function buildScene(spec: FigureSpec, side: 1 | 2 = 1): Scene {
  const solved = spec.frames.map(solvePose);
  const mirror = side === 2 ? mirrorShape : (s: Shape) => s;
  const arrows: Array<{ kind: SceneOverlay['kind']; shapes: Shape[]; only: number | null }> = spec.arrows.map((a) => {
    const { shaft, head } = arrowPoints(a, solved);
    return { kind: 'arrow', shapes: [line(...shaft), line(...head)].map(mirror), only: a.only ?? null };
  });
  const desk = spec.props.find((p) => p.kind === 'desk');
  if (spec.eyeLine !== undefined && desk?.kind === 'desk') {
    const head = solved[spec.eyeLine]!.head;
    arrows.push({ kind: 'guide', shapes: [mirror(line([head[0] + BODY.headRadius + 4, desk.screenTop], [desk.x + 36, desk.screenTop]))], only: spec.eyeLine });
  }
  const frames = solved.map((pose) => bodyShapes(spec, pose));
  const parts: ScenePart[] = frames[0]!.map(({ id, layer }, index) => ({
    id,
    layer,
    working: (spec.working as string[]).includes(id),
    d: frames.map((shapes) => shapeToPath(mirror(shapes[index]!.shape))),
  }));
  const bodyPoints = frames.flatMap((shapes) => shapes.flatMap((s) => shapePoints(mirror(s.shape))));

  // Crop to everything drawn, with room for stroke widths; the floor and mat span the width.
  const propExtent = spec.props.flatMap((p) => propShapes(p, 0, 0)).flatMap((p) => p.shapes.flatMap((s) => shapePoints(mirror(s))));
  const points: Vec[] = [...bodyPoints, ...arrows.flatMap((a) => a.shapes.flatMap(shapePoints)), ...propExtent, [0, 0]];
  const xs = points.map((p) => p[0]);
  const minX = Math.min(...xs) - PAD;
  const maxX = Math.max(...xs) + PAD;
  const minY = Math.min(...points.map((p) => p[1])) - PAD;
  const maxY = 4;
  const props = spec.props.flatMap((p) => propShapes(p, side === 2 ? -maxX + 6 : minX + 6, side === 2 ? -minX - 6 : maxX - 6));
  return {
    label: spec.label,
    viewBox: [r1(minX), r1(minY), r1(maxX - minX), r1(maxY - minY)],
    frameCount: spec.frames.length,
    still: spec.still,
    loopSec: spec.loopSec,
    rhythm: spec.rhythm ?? 'hold',
    poses: solved.map((pose) => (side === 2 ? mirrorPose(pose) : pose)),
    parts,
    props: [
      { kind: 'floor', d: shapeToPath(line([minX + 4, 1.5], [maxX - 4, 1.5])) },
      ...props.map((p) => ({ kind: p.kind, d: p.shapes.map((s) => shapeToPath(mirror(s))).join(' ') })),
    ],
    overlays: arrows.map((a) => ({ kind: a.kind, d: a.shapes.map(shapeToPath).join(' '), only: a.only })),
  };
}

/** Mirror a solved pose for side two (for tests and anything measuring the drawn figure). */
function mirrorPose(pose: SolvedPose): SolvedPose {
  const m = (p: Vec): Vec => [-p[0], p[1]];
  const leg = (l: SolvedPose['legs']['near']) => ({ hip: m(l.hip), knee: m(l.knee), ankle: m(l.ankle), toe: m(l.toe) });
  const arm = (a: SolvedPose['arms']['near']) => ({ shoulder: m(a.shoulder), elbow: m(a.elbow), hand: m(a.hand) });
  return {
    hip: m(pose.hip),
    neck: m(pose.neck),
    spine: m(pose.spine),
    shoulder: m(pose.shoulder),
    head: m(pose.head),
    legs: { near: leg(pose.legs.near), far: leg(pose.legs.far) },
    arms: { near: arm(pose.arms.near), far: arm(pose.arms.far) },
  };
}
