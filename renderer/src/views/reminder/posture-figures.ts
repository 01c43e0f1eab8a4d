import { postureMessage } from '../../../../electron/core/breaks/wording';
import { POSES, type Pose } from '../../illustrations/poses';

/** The desk figure every posture cue starts from: sitting tall, feet flat, eyes on the screen. */
const SITTING = POSES['sit-tall-reset']!;
const arrowDown = (x: number, y: number, length: number) => `M${x} ${y} v${length} m-6 -6 l6 6 l6 -6`;

/**
 * One small picture per posture cue, in the order core's postureMessage() cycles through them; the
 * accent marks what to do. Matched by title, so the picture always belongs to the words beside it.
 */
const CUE_FIGURES: readonly Pose[] = [
  {
    ...SITTING,
    label: 'Hips slid all the way back, the chair holding the lower back',
    head: [70, 32],
    neck: [68, 46],
    hip: [66, 96],
    arms: [{ elbow: [80, 80], hand: [112, 78] }],
    legs: [{ knee: [110, 98], ankle: [112, 138], foot: [124, 138] }],
    activeTrunk: true,
    extras: [{ d: 'M104 118 h-30 m6 -6 l-6 6 l6 6', kind: 'motion' }],
  },
  {
    ...SITTING,
    label: 'Both feet flat on the floor, knees level with the hips',
    extras: [{ d: arrowDown(132, 104, 22), kind: 'motion' }],
  },
  {
    ...SITTING,
    label: 'Shoulders dropped away from the ears, arms resting',
    legs: SITTING.legs.map((leg) => ({ ...leg, active: false })),
    activeTrunk: true,
    extras: [{ d: arrowDown(60, 34, 20), kind: 'motion' }],
  },
  {
    ...SITTING,
    label: 'Looking straight ahead, the top of the screen at eye height',
    legs: SITTING.legs.map((leg) => ({ ...leg, active: false })),
    extras: [{ d: 'M94 32 L146 32', kind: 'motion' }],
  },
];

/** The picture for a posture check's title; the plain sitting figure for one it does not know. */
export function postureFigureFor(title: string): Pose {
  const index = CUE_FIGURES.findIndex((_, i) => postureMessage(i).title === title);
  return CUE_FIGURES[index] ?? SITTING;
}
