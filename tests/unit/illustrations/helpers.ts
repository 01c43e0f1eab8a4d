import { FIGURES } from '../../../renderer/src/illustrations/figures';
import { buildScene, type Scene } from '../../../renderer/src/illustrations/scene';
import { BODY, jointAngle, type LegPoints, type SolvedPose, type Vec } from '../../../renderer/src/illustrations/skeleton';

/** Measurements on the drawn figure, in the terms the instructions use. */
export const sceneOf = (id: string, side: 1 | 2 = 1): Scene => buildScene(FIGURES[id]!, side);
export const posesOf = (id: string, side: 1 | 2 = 1): SolvedPose[] => sceneOf(id, side).poses;

/** Interior knee angle: 180 is a straight leg. */
export const kneeAngle = (leg: LegPoints) => jointAngle(leg.hip, leg.knee, leg.ankle);
/** Hip flexion: 0 with the thigh in line with the trunk, 90 at a right angle. */
export const hipFlexion = (pose: SolvedPose, leg: LegPoints) => 180 - jointAngle(pose.neck, pose.hip, leg.knee);
export const kneeFlexion = (leg: LegPoints) => 180 - kneeAngle(leg);
/** Trunk lean from vertical in degrees, + forward (toward +x on side one). */
export const trunkLean = (pose: SolvedPose) => (Math.atan2(pose.neck[0] - pose.hip[0], pose.hip[1] - pose.neck[1]) * 180) / Math.PI;

/** A joint resting on a surface at height `y` (the floor is 0): its centre is one limb radius above. */
export const restsOn = (p: Vec, y = 0, tolerance = 2) => Math.abs(p[1] - (y - BODY.limbRadius)) <= tolerance;
export const trunkRestsOnFloor = (p: Vec) => Math.abs(p[1] + BODY.trunkRadius) <= 2.5;
/** A flat foot: heel and toe both on the floor. */
export const footFlat = (leg: LegPoints) => restsOn(leg.ankle) && restsOn(leg.toe);

/** Where segment a–b properly crosses segment c–d, or null. */
export function crossing(a: Vec, b: Vec, c: Vec, d: Vec): Vec | null {
  const r = [b[0] - a[0], b[1] - a[1]] as const;
  const s = [d[0] - c[0], d[1] - c[1]] as const;
  const den = r[0] * s[1] - r[1] * s[0];
  if (Math.abs(den) < 1e-9) return null;
  const t = ((c[0] - a[0]) * s[1] - (c[1] - a[1]) * s[0]) / den;
  const u = ((c[0] - a[0]) * r[1] - (c[1] - a[1]) * r[0]) / den;
  return t > 0.05 && t < 0.95 && u > 0.05 && u < 0.95 ? [a[0] + t * r[0], a[1] + t * r[1]] : null;
}

/** Every "x y" pair after M and L in a path made only of lines. */
export function linePoints(d: string): Vec[] {
  return [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as Vec);
}

/** Every point a path passes through (M, L and Q coordinates, arc end points), in order. */
export function pathPoints(d: string): Vec[] {
  const points: Vec[] = [];
  for (const [, command, args] of d.matchAll(/([MLQA])([^MLQAZ]*)/g)) {
    const n = args!.trim().split(/[ ,]+/).map(Number);
    const pairs = command === 'A' ? n.slice(5) : n;
    for (let i = 0; i + 1 < pairs.length; i += 2) points.push([pairs[i]!, pairs[i + 1]!]);
  }
  return points;
}
