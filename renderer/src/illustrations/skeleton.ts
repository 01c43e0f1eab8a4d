/**
 * One body, seen from the side, posed by joint angles. Every figure is solved from the same
 * segment lengths, so proportions never drift between exercises, and tests measure angles on the
 * very points that are drawn. The stage's floor is y = 0 and y grows downward (SVG); the person
 * faces +x, so side two is drawn by mirroring x.
 */
export type Vec = readonly [number, number];

/** Segment lengths and stroke radii, in stage units. */
export const BODY = {
  trunk: 50,
  neck: 7,
  headRadius: 10,
  shoulderDrop: 5,
  thigh: 40,
  shin: 38,
  foot: 12,
  upperArm: 30,
  forearm: 28,
  /** Half the drawn width of a limb: a joint this far above y = 0 rests on the floor. */
  limbRadius: 5.5,
  trunkRadius: 7,
} as const;

/** Angles in degrees. Hip and knee are flexion: 0 is straight in line, 90 a right angle. */
export interface LegAngles {
  hip: number;
  knee: number;
  /** 0: foot at a right angle to the shin; positive points the toes, negative pulls them up; 'flat' on the floor. */
  ankle?: number | 'flat';
  /** Below 1 when the shin points across the body, toward or away from the viewer. */
  shinScale?: number;
  /** Below 1 when the thigh points toward or away from the viewer (the figure-four's crossed leg). */
  thighScale?: number;
}

/** Where a hand reaches: a point on a leg (0 at the hip … 1 at the knee … 2 at the ankle) or on the stage. */
export type Reach = { leg: 'near' | 'far'; along: number } | { point: Vec };

/** An arm solved to reach its target; `bend` picks the side the elbow goes (1: down/behind, -1: up/in front). */
export interface ArmReach {
  reach: Reach;
  bend: 1 | -1;
}

export interface Keyframe {
  /** Hip joint on the stage. */
  hip: Vec;
  /** Trunk lean from vertical: + forward, -90 lying on the back with the head toward -x. */
  trunk: number;
  /** Rounding of the back: how far the middle of the spine bows backward (a slump), stage units. */
  round?: number;
  /** Head tilt from the trunk line, + toward the front. */
  head?: number;
  /** Shoulder moved off its rest point, in the body's frame: [toward the front, toward the head]. */
  shoulderShift?: Vec;
  legs: { near: LegAngles; far: LegAngles };
  arms: { near: ArmReach; far: ArmReach };
}

export interface LegPoints {
  hip: Vec;
  knee: Vec;
  ankle: Vec;
  toe: Vec;
}
export interface ArmPoints {
  shoulder: Vec;
  elbow: Vec;
  hand: Vec;
}
export interface SolvedPose {
  hip: Vec;
  neck: Vec;
  /** Control point of the spine's curve (the midpoint when the back is straight). */
  spine: Vec;
  shoulder: Vec;
  head: Vec;
  legs: { near: LegPoints; far: LegPoints };
  arms: { near: ArmPoints; far: ArmPoints };
}

const rad = (deg: number) => (deg * Math.PI) / 180;
const add = (a: Vec, b: Vec): Vec => [a[0] + b[0], a[1] + b[1]];
const scale = (v: Vec, k: number): Vec => [v[0] * k, v[1] * k];
const mix = (a: Vec, b: Vec, k: number): Vec => [a[0] * Math.cos(rad(k)) + b[0] * Math.sin(rad(k)), a[1] * Math.cos(rad(k)) + b[1] * Math.sin(rad(k))];
/** The direction 90° toward the front of a segment pointing along `v` (body facing +x when upright). */
const front = (v: Vec): Vec => [-v[1], v[0]];

export const distance = (a: Vec, b: Vec) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Interior angle at `b` between b→a and b→c, in degrees (180: a straight line). */
export function jointAngle(a: Vec, b: Vec, c: Vec): number {
  const u = [a[0] - b[0], a[1] - b[1]];
  const v = [c[0] - b[0], c[1] - b[1]];
  const cos = (u[0]! * v[0]! + u[1]! * v[1]!) / (Math.hypot(u[0]!, u[1]!) * Math.hypot(v[0]!, v[1]!));
  return (Math.acos(Math.min(1, Math.max(-1, cos))) * 180) / Math.PI;
}

function solveLeg(hip: Vec, up: Vec, angles: LegAngles): LegPoints {
  const down = scale(up, -1);
  const thighDir = mix(down, front(up), angles.hip);
  const knee = add(hip, scale(thighDir, BODY.thigh * (angles.thighScale ?? 1)));
  // Flexing the knee swings the shin toward the back of the thigh.
  const shinDir = mix(thighDir, front(thighDir), angles.knee);
  const ankle = add(knee, scale(shinDir, BODY.shin * (angles.shinScale ?? 1)));
  const footDir: Vec = angles.ankle === 'flat' ? [1, 0] : mix(scale(front(shinDir), -1), shinDir, angles.ankle ?? 0);
  return { hip, knee, ankle, toe: add(ankle, scale(footDir, BODY.foot)) };
}

function reachPoint(reach: Reach, legs: { near: LegPoints; far: LegPoints }): Vec {
  if ('point' in reach) return reach.point;
  const leg = legs[reach.leg];
  const [a, b, k] = reach.along <= 1 ? [leg.hip, leg.knee, reach.along] : [leg.knee, leg.ankle, reach.along - 1];
  return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k];
}

/** Two-bone reach: the hand goes to the target, or as far toward it as a straight arm allows. */
function solveArm(shoulder: Vec, target: Vec, bend: 1 | -1): ArmPoints {
  const { upperArm: a, forearm: b } = BODY;
  const dx = target[0] - shoulder[0];
  const dy = target[1] - shoulder[1];
  const d = Math.min(Math.hypot(dx, dy), a + b - 0.01);
  const toward = Math.atan2(dy, dx);
  const hand: Vec = [shoulder[0] + Math.cos(toward) * d, shoulder[1] + Math.sin(toward) * d];
  const spread = Math.acos(Math.min(1, Math.max(-1, (a * a + d * d - b * b) / (2 * a * d))));
  const elbowDir = toward + bend * spread;
  const elbow: Vec = [shoulder[0] + Math.cos(elbowDir) * a, shoulder[1] + Math.sin(elbowDir) * a];
  return { shoulder, elbow, hand };
}

export function solvePose(frame: Keyframe): SolvedPose {
  const up: Vec = [Math.sin(rad(frame.trunk)), -Math.cos(rad(frame.trunk))];
  const ahead = front(up);
  const { hip } = frame;
  const neck = add(hip, scale(up, BODY.trunk));
  const spine = add(add(hip, scale(up, BODY.trunk / 2)), scale(ahead, -2 * (frame.round ?? 0)));
  const headDir = mix(up, ahead, frame.head ?? 0);
  const head = add(neck, scale(headDir, BODY.neck + BODY.headRadius));
  const [shiftFront, shiftUp] = frame.shoulderShift ?? [0, 0];
  const shoulder = add(add(neck, scale(up, shiftUp - BODY.shoulderDrop)), scale(ahead, shiftFront));
  const legs = { near: solveLeg(hip, up, frame.legs.near), far: solveLeg(hip, up, frame.legs.far) };
  const arms = {
    near: solveArm(shoulder, reachPoint(frame.arms.near.reach, legs), frame.arms.near.bend),
    far: solveArm(shoulder, reachPoint(frame.arms.far.reach, legs), frame.arms.far.bend),
  };
  return { hip, neck, spine, shoulder, head, legs, arms };
}

/** Every point of a solved pose, for bounds and mirroring. */
export function posePoints(pose: SolvedPose): Vec[] {
  const leg = (l: LegPoints) => [l.hip, l.knee, l.ankle, l.toe];
  const arm = (a: ArmPoints) => [a.shoulder, a.elbow, a.hand];
  return [pose.hip, pose.neck, pose.spine, pose.shoulder, pose.head, ...leg(pose.legs.near), ...leg(pose.legs.far), ...arm(pose.arms.near), ...arm(pose.arms.far)];
}
