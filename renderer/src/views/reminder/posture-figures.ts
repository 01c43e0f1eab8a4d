import { postureMessage } from '@electron/breaks/common/wording';
import type { FigureSpec } from '../../illustrations/figure-spec';
import { FIGURES } from '../../illustrations/figures';
import { pointOf } from '../../illustrations/scene';
import { solvePose } from '../../illustrations/skeleton';

/** The desk figure every posture cue starts from: from a slump to sitting tall, feet flat, eyes on the screen. */
const SITTING = FIGURES['sit-tall-reset']!;
const tall = SITTING.frames[SITTING.still]!;
const ankle = pointOf(solvePose(tall), 'near-ankle');

/**
 * One small picture per posture cue, in the order core's postureMessage() cycles through them; the
 * parts in the accent colour and the arrow mark what to do. Shown still (the held position), so the
 * reminder window is never woken to draw it. Matched by title, so the picture always belongs to the
 * words beside it.
 */
const CUE_FIGURES: readonly FigureSpec[] = [
  {
    ...SITTING,
    label: 'app.figure.postureSitBack',
    working: ['trunk'],
    arrows: [{ kind: 'follow', point: 'hip', from: 0, to: 1, offset: [16, -22], scale: 1.8, only: 1 }],
    eyeLine: undefined,
  },
  {
    ...SITTING,
    label: 'app.figure.postureFeetFlat',
    working: ['near-leg', 'far-leg'],
    arrows: [{ kind: 'line', from: [ankle[0] + 16, ankle[1] - 26], to: [ankle[0] + 16, ankle[1] - 4], only: 1 }],
    eyeLine: undefined,
  },
  {
    ...SITTING,
    label: 'app.figure.postureShoulders',
    frames: [{ ...tall, shoulderShift: [0, 6] }, tall],
    working: ['shoulders'],
    arrows: [{ kind: 'follow', point: 'shoulder', from: 0, to: 1, offset: [-14, 0], scale: 2.5, only: 1 }],
    eyeLine: undefined,
  },
  {
    ...SITTING,
    label: 'app.figure.postureScreen',
    working: [],
    arrows: [],
    eyeLine: SITTING.still,
  },
];

/** The picture for a posture check's title; the plain sitting figure for one it does not know. */
export function postureFigureFor(title: string): FigureSpec {
  const index = CUE_FIGURES.findIndex((_, i) => postureMessage(i).title === title);
  return CUE_FIGURES[index] ?? SITTING;
}
