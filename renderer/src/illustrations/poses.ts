/**
 * Poses as joint coordinates on a 200 × 160 stage (floor at y = 140). One person model draws them
 * all, so every figure has the same proportions; `active` marks the limb doing the work.
 */
export type Point = readonly [number, number];

export interface Pose {
  label: string;
  head: Point;
  neck: Point;
  hip: Point;
  /** Upper arm, forearm: shoulder is the neck point, pulled a little down the torso. */
  arms: Array<{ elbow: Point; hand: Point }>;
  legs: Array<{ knee: Point; ankle: Point; foot?: Point; active?: boolean }>;
  props: Array<'floor' | 'chair' | 'desk' | 'step' | 'mat'>;
  /** Extra strokes: a towel, an arrow, an eye line. */
  extras?: Array<{ d: string; kind: 'towel' | 'motion' | 'guide' }>;
  /** Highlight the trunk (core work). */
  activeTrunk?: boolean;
}

export const POSES: Record<string, Pose> = {
  'piriformis-floor': {
    label: 'Lying on the back, both legs raised at about 45 degrees, one crossed over the other, hands drawing them toward the chest',
    head: [34, 124],
    neck: [50, 128],
    hip: [104, 132],
    arms: [{ elbow: [76, 112], hand: [112, 104] }],
    legs: [
      { knee: [128, 104], ankle: [152, 78], foot: [160, 80] },
      { knee: [120, 96], ankle: [146, 108], foot: [152, 114], active: true },
    ],
    props: ['floor', 'mat'],
  },
  'hamstring-floor': {
    label: 'Lying on the back, one leg raised straight with a towel around the foot, the other knee bent',
    head: [34, 124],
    neck: [50, 128],
    hip: [104, 132],
    arms: [{ elbow: [70, 108], hand: [92, 86] }],
    legs: [
      { knee: [134, 108], ankle: [150, 138], foot: [162, 138] },
      { knee: [110, 96], ankle: [116, 58], foot: [126, 56], active: true },
    ],
    props: ['floor', 'mat'],
    extras: [{ d: 'M92 86 L118 56', kind: 'towel' }],
  },
  'core-brace': {
    label: 'Lying on the back with knees bent and feet flat, gently tightening the stomach muscles',
    head: [34, 124],
    neck: [50, 128],
    hip: [104, 132],
    arms: [{ elbow: [70, 136], hand: [92, 138] }],
    legs: [
      { knee: [130, 104], ankle: [148, 138], foot: [160, 138] },
      { knee: [126, 106], ankle: [144, 138], foot: [156, 138] },
    ],
    props: ['floor', 'mat'],
    activeTrunk: true,
  },
  walk: {
    label: 'Walking briskly, standing tall with arms swinging',
    head: [100, 24],
    neck: [100, 38],
    hip: [98, 88],
    arms: [
      { elbow: [88, 62], hand: [82, 82] },
      { elbow: [112, 62], hand: [122, 78] },
    ],
    legs: [
      { knee: [90, 114], ankle: [78, 138], foot: [70, 136] },
      { knee: [110, 114], ankle: [120, 140], foot: [132, 140], active: true },
    ],
    props: ['floor'],
    extras: [{ d: 'M140 60 h22 M146 72 h20 M140 84 h16', kind: 'motion' }],
  },
  'figure-four-seated': {
    label: 'Sitting on a chair, one ankle resting on the other knee, leaning forward from the hips',
    head: [114, 36],
    neck: [106, 50],
    hip: [86, 96],
    arms: [{ elbow: [118, 70], hand: [132, 88] }],
    legs: [
      { knee: [126, 98], ankle: [126, 138], foot: [138, 138] },
      { knee: [146, 80], ankle: [124, 94], foot: [118, 90], active: true },
    ],
    props: ['floor', 'chair'],
  },
  'hamstring-seated': {
    label: 'Sitting at the front of a chair, one leg straight out with the heel on the floor, leaning forward',
    head: [128, 38],
    neck: [120, 52],
    hip: [98, 96],
    arms: [{ elbow: [132, 74], hand: [146, 96] }],
    legs: [
      { knee: [128, 98], ankle: [128, 138], foot: [140, 138] },
      { knee: [148, 108], ankle: [176, 132], foot: [180, 120], active: true },
    ],
    props: ['floor', 'chair'],
  },
  'hamstring-standing': {
    label: 'Standing with one heel on a low step, leg straight, hinging forward from the hips',
    head: [126, 32],
    neck: [116, 44],
    hip: [92, 86],
    arms: [{ elbow: [122, 66], hand: [128, 94] }],
    legs: [
      { knee: [92, 112], ankle: [92, 138], foot: [104, 138] },
      { knee: [124, 100], ankle: [154, 112], foot: [158, 100], active: true },
    ],
    props: ['floor', 'step'],
  },
  'sit-tall-reset': {
    label: 'Sitting tall at a desk: hips back, feet flat, shoulders down, screen at eye level',
    head: [82, 32],
    neck: [80, 46],
    hip: [78, 96],
    arms: [{ elbow: [90, 80], hand: [122, 78] }],
    legs: [{ knee: [114, 98], ankle: [114, 138], foot: [126, 138], active: true }],
    props: ['floor', 'chair', 'desk'],
    extras: [{ d: 'M94 32 L150 32', kind: 'guide' }],
  },
  'shoulder-rolls': {
    label: 'Sitting tall, rolling the shoulders up, back and down in slow circles',
    head: [82, 32],
    neck: [80, 46],
    hip: [78, 96],
    arms: [{ elbow: [84, 76], hand: [100, 94] }],
    legs: [{ knee: [114, 98], ankle: [114, 138], foot: [126, 138] }],
    props: ['floor', 'chair'],
    extras: [{ d: 'M62 52 a16 16 0 1 1 22 18', kind: 'motion' }],
    activeTrunk: true,
  },
};
