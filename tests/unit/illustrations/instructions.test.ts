import { describe, expect, it } from 'vitest';
import { exerciseById } from '../../../electron/exercises/common/routines';
import { FIGURES } from '../../../renderer/src/illustrations/figures';
import { BODY, distance, type SolvedPose } from '../../../renderer/src/illustrations/skeleton';
import { crossing, footFlat, hipFlexion, kneeAngle, kneeFlexion, linePoints, posesOf, restsOn, sceneOf, trunkLean, trunkRestsOnFloor } from './helpers';

/** Each figure against the words it illustrates (the exercise's steps in electron/core/exercises). */
const held = (id: string, side: 1 | 2 = 1): SolvedPose => posesOf(id, side)[FIGURES[id]!.still]!;
const feetStayPut = (id: string, leg: 'near' | 'far') => {
  const poses = posesOf(id);
  for (const pose of poses) expect(distance(pose.legs[leg].ankle, poses[0]!.legs[leg].ankle)).toBeLessThan(0.6);
};

describe('piriformis stretch (on the floor)', () => {
  const id = 'piriformis-floor';

  it('lies on the back, both knees bent and raised toward the chest, in every frame', () => {
    for (const pose of posesOf(id)) {
      expect(trunkRestsOnFloor(pose.hip) && trunkRestsOnFloor(pose.neck)).toBe(true);
      for (const leg of [pose.legs.near, pose.legs.far]) {
        expect(hipFlexion(pose, leg)).toBeGreaterThanOrEqual(85);
        expect(hipFlexion(pose, leg)).toBeLessThanOrEqual(130);
        expect(kneeFlexion(leg)).toBeGreaterThanOrEqual(90);
        expect(kneeFlexion(leg)).toBeLessThanOrEqual(135);
        expect(leg.knee[1]).toBeLessThan(pose.hip[1] - 30); // raised, not resting on the floor
      }
    }
  });

  it('crosses one leg over the other: the near shin crosses the far leg, in front of it', () => {
    for (const pose of posesOf(id)) {
      const { near, far } = pose.legs;
      const x = crossing(near.knee, near.ankle, far.knee, far.ankle) ?? crossing(near.knee, near.ankle, far.hip, far.knee);
      expect(x).not.toBeNull();
    }
    expect(sceneOf(id).parts.find((p) => p.id === 'near-leg')!.layer).toBe('near');
  });

  it('highlights the top (crossed) leg as the working one', () => {
    expect(FIGURES[id]!.working).toEqual(['near-leg']);
  });

  it('has the hands on the knees, drawing them toward the chest, and the arrow shows that pull', () => {
    const poses = posesOf(id);
    for (const pose of poses) {
      expect(distance(pose.arms.near.hand, pose.legs.near.knee)).toBeLessThan(1);
      expect(distance(pose.arms.far.hand, pose.legs.far.knee)).toBeLessThan(1);
    }
    const [start, end] = [poses[0]!, poses[1]!];
    expect(hipFlexion(end, end.legs.near)).toBeGreaterThan(hipFlexion(start, start.legs.near) + 10);
    const arrow = linePoints(sceneOf(id).overlays[0]!.d);
    const tip = arrow[arrow.length - 2]!; // the head's middle point is the tip
    expect(distance(tip, end.shoulder)).toBeLessThan(distance(arrow[0]!, end.shoulder));
  });

  it('names its sides as the player will show and say them', () => {
    expect(exerciseById(id)!.sideLabels).toEqual(['Right over left', 'Left over right']);
  });
});

describe('seated hamstring stretch', () => {
  const id = 'hamstring-seated';
  it('keeps the working knee straight and its heel on the floor, the other foot flat', () => {
    for (const pose of posesOf(id)) {
      expect(kneeAngle(pose.legs.near)).toBeGreaterThanOrEqual(165);
      expect(restsOn(pose.legs.near.ankle)).toBe(true);
      expect(footFlat(pose.legs.far)).toBe(true);
    }
    feetStayPut(id, 'near');
    feetStayPut(id, 'far');
    expect(FIGURES[id]!.working).toEqual(['near-leg']);
  });
  it('leans forward a little from the hips with a straight back', () => {
    const [start, end] = posesOf(id);
    expect(trunkLean(end!) - trunkLean(start!)).toBeGreaterThanOrEqual(10);
    expect(trunkLean(end!) - trunkLean(start!)).toBeLessThanOrEqual(25);
    expect(FIGURES[id]!.frames.every((f) => (f.round ?? 0) === 0)).toBe(true);
  });
});

describe('standing hamstring stretch', () => {
  const id = 'hamstring-standing';
  it('rests a straight leg’s heel on the step while the other foot stands on the floor', () => {
    const step = FIGURES[id]!.props.find((p) => p.kind === 'step');
    if (step?.kind !== 'step') throw new Error('no step');
    for (const pose of posesOf(id)) {
      expect(kneeAngle(pose.legs.near)).toBeGreaterThanOrEqual(165);
      expect(restsOn(pose.legs.near.ankle, step.topY)).toBe(true);
      expect(pose.legs.near.ankle[0]).toBeGreaterThan(step.x);
      expect(pose.legs.near.ankle[0]).toBeLessThan(step.x + step.width);
      expect(footFlat(pose.legs.far)).toBe(true);
    }
  });
});

describe('heel-down hamstring stretch (no step)', () => {
  const id = 'hamstring-heel-down';
  it('rests the straight front leg on its heel on the floor, toes up, a short step ahead; the back foot flat', () => {
    expect(FIGURES[id]!.props.some((p) => p.kind === 'step')).toBe(false); // "needs nothing but the floor"
    for (const pose of posesOf(id)) {
      const { near, far } = pose.legs;
      expect(kneeAngle(near)).toBeGreaterThanOrEqual(170); // "that leg straight"
      expect(restsOn(near.ankle)).toBe(true); // "on its heel"
      expect(near.toe[1]).toBeLessThan(near.ankle[1] - 2); // the toes off the floor
      expect(near.ankle[0] - far.ankle[0]).toBeGreaterThan(15); // "a short step ahead"
      expect(near.ankle[0] - far.ankle[0]).toBeLessThan(BODY.thigh + BODY.shin);
      expect(footFlat(far)).toBe(true);
    }
    feetStayPut(id, 'near');
    feetStayPut(id, 'far');
    expect(FIGURES[id]!.working).toEqual(['near-leg']);
  });
  it('bends the back knee a little, hands on that thigh', () => {
    for (const pose of posesOf(id)) {
      expect(kneeFlexion(pose.legs.far)).toBeGreaterThanOrEqual(15);
      expect(kneeFlexion(pose.legs.far)).toBeLessThanOrEqual(50);
      const thigh = (t: number) => [pose.legs.far.hip[0] + t * (pose.legs.far.knee[0] - pose.legs.far.hip[0]), pose.legs.far.hip[1] + t * (pose.legs.far.knee[1] - pose.legs.far.hip[1])] as const;
      for (const hand of [pose.arms.near.hand, pose.arms.far.hand]) expect(Math.min(...[0.5, 0.7, 0.9].map((t) => distance(hand, thigh(t))))).toBeLessThan(BODY.limbRadius * 2);
    }
  });
  it('hinges forward a little from the hips with a straight back', () => {
    const [start, end] = posesOf(id);
    expect(trunkLean(end!) - trunkLean(start!)).toBeGreaterThanOrEqual(10);
    expect(trunkLean(end!) - trunkLean(start!)).toBeLessThanOrEqual(25);
    expect(FIGURES[id]!.frames.every((f) => (f.round ?? 0) === 0)).toBe(true);
  });
});

describe('hamstring stretch (on the floor)', () => {
  const id = 'hamstring-floor';
  it('raises one leg nearly straight with a towel round the foot; the other knee bent, foot flat; back on the floor', () => {
    for (const pose of posesOf(id)) {
      expect(kneeAngle(pose.legs.near)).toBeGreaterThanOrEqual(160);
      expect(footFlat(pose.legs.far)).toBe(true);
      expect(trunkRestsOnFloor(pose.hip) && trunkRestsOnFloor(pose.neck)).toBe(true);
    }
    const towel = sceneOf(id).parts.find((p) => p.id === 'towel');
    expect(towel).toBeDefined();
    const [hand, foot] = linePoints(towel!.d[0]!);
    const pose = posesOf(id)[0]!;
    expect(distance(hand!, pose.arms.near.hand)).toBeLessThan(0.2);
    expect(distance(foot!, pose.legs.near.ankle)).toBeLessThan(BODY.foot);
  });
});

describe('hamstring stretch (on the floor): "only until you feel a mild stretch"', () => {
  it('holds the raised leg between 40° and 60° of hip flexion, knee soft, rising from lower', () => {
    // A mild stretch, not the end of the range: straight-leg raising commonly brings on nerve pain
    // somewhere between 30° and 70°, and the words ask to stop at the first mild stretch.
    const [start, held] = posesOf('hamstring-floor');
    const raised = (pose: typeof held) => hipFlexion(pose!, pose!.legs.near);
    expect(raised(held)).toBeGreaterThanOrEqual(40);
    expect(raised(held)).toBeLessThanOrEqual(60);
    expect(raised(start)).toBeLessThan(raised(held));
    expect(kneeFlexion(held!.legs.near)).toBeGreaterThanOrEqual(5); // "a soft knee is fine; do not force it straight"
  });
});

describe('gentle bridge', () => {
  const id = 'bridge';
  it('lifts the hips a little while head, shoulders and feet stay on the floor', () => {
    const [down, up] = posesOf(id);
    expect(down!.hip[1] - up!.hip[1]).toBeGreaterThanOrEqual(8);
    expect(down!.hip[1] - up!.hip[1]).toBeLessThanOrEqual(20);
    for (const pose of [down!, up!]) {
      expect(pose.head[1]).toBeCloseTo(-BODY.headRadius, 0);
      expect(footFlat(pose.legs.near)).toBe(true);
    }
    feetStayPut(id, 'near');
  });
  it('never lifts past the line from shoulders to knees (no arching)', () => {
    const up = held(id);
    const { shoulder, hip } = up;
    const knee = up.legs.near.knee;
    const lineY = shoulder[1] + ((knee[1] - shoulder[1]) * (hip[0] - shoulder[0])) / (knee[0] - shoulder[0]);
    expect(hip[1]).toBeGreaterThanOrEqual(lineY);
  });
});

describe('gentle core brace', () => {
  const id = 'core-brace';
  it('keeps the back and legs still: only the tightening shows, in the braced frame', () => {
    const scene = sceneOf(id);
    for (const part of scene.parts) expect(new Set(part.d).size).toBe(1);
    expect(scene.overlays.every((o) => o.only === 1)).toBe(true);
    expect(FIGURES[id]!.working).toEqual(['trunk']);
    for (const pose of scene.poses) expect(footFlat(pose.legs.near) && footFlat(pose.legs.far)).toBe(true);
  });
  it('shows tightening toward the middle, not a belly drawn in toward the floor', () => {
    for (const overlay of sceneOf(id).overlays) {
      const points = linePoints(overlay.d);
      const [from, to] = [points[0]!, points[1]!];
      expect(Math.abs(to[1] - from[1])).toBeLessThan(1); // along the trunk, never down into it
    }
  });
});

describe('sit-tall reset', () => {
  const id = 'sit-tall-reset';
  it('ends sitting tall: hips back, feet flat, knees level with the hips, eyes level with the screen top', () => {
    const tall = held(id);
    const spec = FIGURES[id]!;
    const desk = spec.props.find((p) => p.kind === 'desk');
    const chair = spec.props.find((p) => p.kind === 'chair');
    if (desk?.kind !== 'desk' || chair?.kind !== 'chair') throw new Error('no desk or chair');
    expect(Math.abs(trunkLean(tall))).toBeLessThanOrEqual(5);
    expect(tall.hip[0] - chair.back).toBeLessThanOrEqual(BODY.trunkRadius + 4);
    for (const leg of [tall.legs.near, tall.legs.far]) {
      expect(footFlat(leg)).toBe(true);
      expect(Math.abs(leg.knee[1] - tall.hip[1])).toBeLessThanOrEqual(8);
    }
    expect(Math.abs(tall.head[1] - desk.screenTop)).toBeLessThanOrEqual(4);
  });
  it('highlights the trunk, never a leg', () => {
    expect(FIGURES[id]!.working).toEqual(['trunk']);
  });
});

describe('shoulder rolls', () => {
  const id = 'shoulder-rolls';
  it('moves the shoulders up, then back, then down again', () => {
    const [rest, up, back] = posesOf(id);
    expect(rest!.shoulder[1] - up!.shoulder[1]).toBeGreaterThanOrEqual(5);
    expect(rest!.shoulder[0] - back!.shoulder[0]).toBeGreaterThanOrEqual(4);
    expect(FIGURES[id]!.working).toEqual(['shoulders']);
  });
  it('draws the roll around the shoulder, behind it — not a circle round the neck', () => {
    const [rest] = posesOf(id);
    const arrow = linePoints(sceneOf(id).overlays[0]!.d);
    const shaft = arrow.slice(0, -3);
    for (const p of shaft) {
      expect(p[0]).toBeLessThanOrEqual(rest!.shoulder[0]);
      expect(distance(p, rest!.head)).toBeGreaterThan(BODY.headRadius);
    }
    expect(shaft[0]![1]).toBeLessThan(rest!.shoulder[1]); // starts above
    expect(shaft.at(-1)![1]).toBeGreaterThan(rest!.shoulder[1]); // ends below
  });
});

describe('walking', () => {
  it.each(['walk', 'walk-easy'])('%s: steps with alternate legs, both working, heading forward', (id) => {
    const [a, b] = posesOf(id);
    expect(a!.legs.near.ankle[0]).toBeGreaterThan(a!.legs.far.ankle[0]);
    expect(b!.legs.near.ankle[0]).toBeLessThan(b!.legs.far.ankle[0]);
    expect([...FIGURES[id]!.working].sort()).toEqual(['far-leg', 'near-leg']);
    const arrow = linePoints(sceneOf(id).overlays[0]!.d);
    expect(arrow[1]![0]).toBeGreaterThan(arrow[0]![0]);
  });
});

describe('seated figure-four', () => {
  const id = 'figure-four-seated';
  it('rests one ankle on the other knee, the other foot flat, and leans forward from the hips', () => {
    for (const pose of posesOf(id)) {
      expect(distance(pose.legs.near.ankle, pose.legs.far.knee)).toBeLessThanOrEqual(2 * BODY.limbRadius + 1);
      expect(pose.legs.near.ankle[1]).toBeLessThan(pose.legs.far.knee[1]); // on top of it
      expect(footFlat(pose.legs.far)).toBe(true);
    }
    feetStayPut(id, 'far');
    const [start, end] = posesOf(id);
    expect(trunkLean(end!) - trunkLean(start!)).toBeGreaterThanOrEqual(10);
    expect(FIGURES[id]!.working).toEqual(['near-leg']);
  });
});
