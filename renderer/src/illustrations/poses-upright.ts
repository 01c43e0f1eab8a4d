import type { FigureSpec } from './figure-spec';
import type { ArmReach, Keyframe, LegAngles } from './skeleton';
import type { MessageKey } from '@electron/i18n/common/generated/keys';

/**
 * Chair, standing and walking figures, facing +x with the hips above the origin. Seated hips sit
 * at y = -43.5 so a shin hanging straight down puts the foot on the floor.
 */
const SEAT_HIP = [0, -43.5] as const;
const SEAT_TOP = -36.5;
const SEATED_LEG: LegAngles = { hip: 90, knee: 90, ankle: 'flat' };
const HANDS_ON_THIGHS: { near: ArmReach; far: ArmReach } = {
  near: { reach: { leg: 'near', along: 0.75 }, bend: 1 },
  far: { reach: { leg: 'far', along: 0.75 }, bend: 1 },
};
const sittingTall: Keyframe = { hip: SEAT_HIP, trunk: 0, legs: { near: SEATED_LEG, far: SEATED_LEG }, arms: HANDS_ON_THIGHS };
/** Leaning forward from the hips by `lean` degrees, thighs and feet where they were. */
const leaning = (frame: Keyframe, lean: number): Keyframe => ({
  ...frame,
  trunk: frame.trunk + lean,
  legs: { near: { ...frame.legs.near, hip: frame.legs.near.hip + lean }, far: { ...frame.legs.far, hip: frame.legs.far.hip + lean } },
});

const hamstringSeated: Keyframe = { ...sittingTall, legs: { near: { hip: 60.8, knee: 0, ankle: 10 }, far: SEATED_LEG } };
const figureFour: Keyframe = {
  ...sittingTall,
  legs: { near: { hip: 119.6, knee: 36.7, ankle: 'flat', thighScale: 0.63, shinScale: 0.42 }, far: SEATED_LEG },
  arms: { near: { reach: { leg: 'near', along: 1.6 }, bend: 1 }, far: { reach: { leg: 'near', along: 1.6 }, bend: 1 } },
};
const STANDING_HIP = [0, -83.3] as const;
const hamstringStanding: Keyframe = {
  hip: STANDING_HIP,
  trunk: 0,
  legs: { near: { hip: 51.7, knee: 2.9, ankle: 10 }, far: { hip: 4, knee: 8.2, ankle: 'flat' } },
  arms: { near: { reach: { leg: 'near', along: 0.8 }, bend: 1 }, far: { reach: { leg: 'near', along: 0.8 }, bend: 1 } },
};
/** One heel a short step ahead on the floor, that leg straight; the back knee bent, hands on that thigh. */
const hamstringHeelDown: Keyframe = {
  hip: [0, -78.8],
  trunk: 0,
  legs: { near: { hip: 20, knee: 0, ankle: 0 }, far: { hip: 18, knee: 40, ankle: 'flat' } },
  arms: { near: { reach: { leg: 'far', along: 0.8 }, bend: 1 }, far: { reach: { leg: 'far', along: 0.8 }, bend: 1 } },
};
const stride = (forward: 'near' | 'far'): Keyframe => {
  const front: LegAngles = { hip: 24, knee: 6, ankle: -10 };
  const back: LegAngles = { hip: -14, knee: 14, ankle: -13 };
  const swingForward: ArmReach = { reach: { point: [22, -72] }, bend: 1 };
  const swingBack: ArmReach = { reach: { point: [-16, -70] }, bend: 1 };
  return {
    hip: [0, -80],
    trunk: 3,
    legs: forward === 'near' ? { near: front, far: back } : { near: back, far: front },
    arms: forward === 'near' ? { near: swingBack, far: swingForward } : { near: swingForward, far: swingBack },
  };
};
const walking = (label: MessageKey, loopSec: number): FigureSpec => ({
  label,
  frames: [stride('near'), stride('far')],
  still: 0,
  loopSec,
  rhythm: 'swing',
  working: ['near-leg', 'far-leg'],
  arrows: [{ kind: 'line', from: [30, -100], to: [58, -100] }],
  props: [],
});

export const UPRIGHT_FIGURES: Record<string, FigureSpec> = {
  walk: walking('app.figure.walk', 1.6),
  'walk-easy': walking('app.figure.walkEasy', 2.4),
  'figure-four-seated': {
    label: 'app.figure.figureFourSeated',
    frames: [figureFour, leaning(figureFour, 20)],
    still: 1,
    loopSec: 8,
    working: ['near-leg'],
    arrows: [{ kind: 'follow', point: 'head', from: 0, to: 1, offset: [4, -16], bow: -3 }],
    props: [{ kind: 'chair', seatY: SEAT_TOP, back: -30, front: 14 }],
    armsBehindTrunk: true,
  },
  'hamstring-seated': {
    label: 'app.figure.hamstringSeated',
    frames: [hamstringSeated, leaning(hamstringSeated, 18)],
    still: 1,
    loopSec: 8,
    working: ['near-leg'],
    arrows: [{ kind: 'follow', point: 'head', from: 0, to: 1, offset: [4, -16], bow: -3 }],
    props: [{ kind: 'chair', seatY: SEAT_TOP, back: -30, front: 12 }],
  },
  'hamstring-standing': {
    label: 'app.figure.hamstringStanding',
    frames: [hamstringStanding, leaning(hamstringStanding, 20)],
    still: 1,
    loopSec: 8,
    working: ['near-leg'],
    arrows: [{ kind: 'follow', point: 'head', from: 0, to: 1, offset: [4, -16], bow: -3 }],
    props: [{ kind: 'step', x: 40, width: 40, topY: -28 }],
  },
  'hamstring-heel-down': {
    label: 'app.figure.hamstringHeelDown',
    frames: [hamstringHeelDown, leaning(hamstringHeelDown, 18)],
    still: 1,
    loopSec: 8,
    working: ['near-leg'],
    arrows: [{ kind: 'follow', point: 'head', from: 0, to: 1, offset: [4, -16], bow: -3 }],
    props: [],
  },
  'sit-tall-reset': {
    label: 'app.figure.sitTallReset',
    frames: [
      { hip: [12, -43.5], trunk: -12, round: 5, head: 24, shoulderShift: [3, 0], legs: { near: { hip: 75.2, knee: 105.6, ankle: 'flat' }, far: { hip: 75.2, knee: 105.6, ankle: 'flat' } }, arms: HANDS_ON_THIGHS },
      sittingTall,
    ],
    still: 1,
    loopSec: 7,
    working: ['trunk'],
    arrows: [
      { kind: 'follow', point: 'hip', from: 0, to: 1, offset: [16, -22], scale: 1.8, only: 1 },
      { kind: 'follow', point: 'head', from: 0, to: 1, offset: [-20, 0], scale: 1.6, only: 1 },
    ],
    props: [
      { kind: 'chair', seatY: SEAT_TOP, back: -9, front: 34 },
      { kind: 'desk', x: 58, topY: -66, screenTop: -110.5 },
    ],
    eyeLine: 1,
    armsBehindTrunk: true,
  },
  'shoulder-rolls': {
    label: 'app.figure.shoulderRolls',
    frames: [sittingTall, { ...sittingTall, shoulderShift: [1, 7] }, { ...sittingTall, shoulderShift: [-6, 2] }],
    still: 1,
    loopSec: 6,
    rhythm: 'cycle',
    working: ['shoulders'],
    arrows: [{ kind: 'orbit', point: 'shoulder', frame: 0, radius: 13, fromDeg: -120, toDeg: -250 }],
    props: [{ kind: 'chair', seatY: SEAT_TOP, back: -14, front: 30 }],
  },
};
