import type { FigureSpec } from './figure-spec';
import type { ArmReach, Keyframe, LegAngles } from './skeleton';

/**
 * Floor figures: lying on the back, head toward -x, hips at the origin resting on the mat.
 * Angles for planted feet were solved so each ankle stays put (tests check it).
 */
const LYING = { hip: [0, -7], trunk: -90, head: 10 } as const;
/** Knee bent, foot flat on the floor at x ≈ 52. */
const CROOK: LegAngles = { hip: 44.9, knee: 96.4, ankle: 'flat' };
/** Arms resting on the floor beside the body. */
const ARMS_DOWN: ArmReach = { reach: { point: [16, -5.5] }, bend: -1 };
const crookLying: Keyframe = { ...LYING, legs: { near: CROOK, far: CROOK }, arms: { near: ARMS_DOWN, far: ARMS_DOWN } };

export const FLOOR_FIGURES: Record<string, FigureSpec> = {
  'piriformis-floor': {
    label: 'app.figure.piriformisFloor',
    frames: [
      {
        ...LYING,
        legs: { near: { hip: 96, knee: 122, ankle: 20 }, far: { hip: 110, knee: 122, ankle: 20 } },
        arms: { near: { reach: { leg: 'near', along: 1 }, bend: -1 }, far: { reach: { leg: 'far', along: 1 }, bend: -1 } },
      },
      {
        ...LYING,
        legs: { near: { hip: 108, knee: 125, ankle: 20 }, far: { hip: 123, knee: 125, ankle: 20 } },
        arms: { near: { reach: { leg: 'near', along: 1 }, bend: -1 }, far: { reach: { leg: 'far', along: 1 }, bend: -1 } },
      },
    ],
    still: 1,
    loopSec: 8,
    working: ['near-leg'],
    arrows: [{ kind: 'follow', point: 'near-knee', from: 0, to: 1, offset: [2, -18], bow: -3, scale: 2.4 }],
    props: [{ kind: 'mat' }],
  },
  'hamstring-floor': {
    label: 'app.figure.hamstringFloor',
    frames: [
      {
        ...LYING,
        legs: { near: { hip: 35, knee: 14, ankle: 15 }, far: CROOK },
        arms: { near: { reach: { leg: 'near', along: 2.4 }, bend: 1 }, far: { reach: { leg: 'near', along: 2.4 }, bend: 1 } },
      },
      {
        ...LYING,
        // Held only to a mild stretch: the leg well short of upright, the knee soft (tests hold the range).
        legs: { near: { hip: 52, knee: 10, ankle: 15 }, far: CROOK },
        arms: { near: { reach: { leg: 'near', along: 2.4 }, bend: 1 }, far: { reach: { leg: 'near', along: 2.4 }, bend: 1 } },
      },
    ],
    still: 1,
    loopSec: 8,
    working: ['near-leg'],
    arrows: [{ kind: 'follow', point: 'near-ankle', from: 0, to: 1, offset: [14, -4], bow: -6 }],
    props: [{ kind: 'mat' }],
    towel: true,
  },
  bridge: {
    label: 'app.figure.bridge',
    frames: [crookLying, { hip: [2, -19], trunk: -101.5, head: 15, legs: { near: { hip: 20.2, knee: 96.8, ankle: 'flat' }, far: { hip: 20.2, knee: 96.8, ankle: 'flat' } }, arms: { near: ARMS_DOWN, far: ARMS_DOWN } }],
    still: 1,
    loopSec: 6,
    working: ['trunk'],
    arrows: [{ kind: 'follow', point: 'hip', from: 0, to: 1, offset: [8, -24], scale: 1.4 }],
    props: [{ kind: 'mat' }],
    armsBehindTrunk: true,
  },
  'core-brace': {
    label: 'app.figure.coreBrace',
    frames: [crookLying, crookLying],
    still: 1,
    loopSec: 6,
    working: ['trunk'],
    arrows: [
      { kind: 'line', from: [-40, -24], to: [-28, -24], only: 1 },
      { kind: 'line', from: [6, -24], to: [-6, -24], only: 1 },
    ],
    props: [{ kind: 'mat' }],
    armsBehindTrunk: true,
  },
};
