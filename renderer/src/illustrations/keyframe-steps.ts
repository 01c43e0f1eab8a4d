import type { FigureSpec } from './figure-spec';

/**
 * When the moving figure changes keyframe. The figure used to loop infinite CSS opacity animations,
 * which keep the compositor drawing a frame every vsync even through the long stretches where
 * nothing changes (about 1.2 s of renderer CPU a minute on a headed Chromium, issue 27). Now each
 * keyframe is faded in by a short opacity transition started at its step (walking swaps without
 * one), so frames are drawn only while a fade runs; between steps the page is idle. The steps fall
 * where the animations' fades were.
 */
export interface KeyframeStep {
  /** When in the loop (0–1) this step begins. */
  at: number;
  /** The keyframe shown from this step on. */
  frame: number;
  /** How long its fade takes, as a fraction of the loop. */
  fade: number;
}

type Rhythm = NonNullable<FigureSpec['rhythm']>;

/** The loop of each rhythm and frame count, steps in order; the loop starts on the last step's frame. */
const STEPS: Partial<Record<`${Rhythm}-${number}`, readonly KeyframeStep[]>> = {
  // Ease into the held position, stay, ease back at the loop's end.
  'hold-2': [
    { at: 0.2, frame: 1, fade: 0.14 },
    { at: 0.9, frame: 0, fade: 0.08 },
  ],
  'hold-3': [
    { at: 0.16, frame: 1, fade: 0.12 },
    { at: 0.44, frame: 2, fade: 0.1 },
    { at: 0.84, frame: 0, fade: 0.12 },
  ],
  // Walking: two even halves, swapped without a fade (a step). Its loop is short (1.6–2.4 s), so
  // it changes up to 75 times a minute, and every frame of a fade costs the page's thread too.
  'swing-2': [
    { at: 0.25, frame: 1, fade: 0 },
    { at: 0.75, frame: 0, fade: 0 },
  ],
  // Shoulder rolls: one frame after another.
  'cycle-3': [
    { at: 0.06, frame: 1, fade: 0.1 },
    { at: 0.42, frame: 2, fade: 0.1 },
    { at: 0.84, frame: 0, fade: 0.1 },
  ],
};

/**
 * The longest fade. Chromium draws every frame of a running transition, on the page's thread as
 * well as the compositor's (about 8 style recalculations per fade of 0.11 s, measured), so fades are
 * kept short: a hold's ease into its position reads as well in 0.3 s as in the loop's share.
 */
export const MAX_FADE_MS = 300;

/** The steps for a scene, or null when it has no motion of its own (drawn still). */
export function stepsFor(rhythm: Rhythm, frameCount: number): readonly KeyframeStep[] | null {
  return STEPS[`${rhythm}-${frameCount}`] ?? null;
}

export interface KeyframeNow {
  /** The keyframe shown (or fading in) now. */
  frame: number;
  /** The length of that keyframe's fade, in ms. */
  fadeMs: number;
  /** Milliseconds until the next step (always more than 0). */
  nextInMs: number;
}

/** Where `elapsedMs` into a loop of `loopMs` falls: the frame on screen, and when it next changes. */
export function keyframeAt(steps: readonly KeyframeStep[], loopMs: number, elapsedMs: number): KeyframeNow {
  const position = (((elapsedMs % loopMs) + loopMs) % loopMs) / loopMs;
  let current = steps.length - 1;
  for (let i = 0; i < steps.length; i++) if (steps[i]!.at <= position) current = i;
  const next = steps.find((step) => step.at > position) ?? steps[0]!;
  const untilNext = (next.at - position + (next.at > position ? 0 : 1)) * loopMs;
  const step = steps[current]!;
  return { frame: step.frame, fadeMs: Math.min(step.fade * loopMs, MAX_FADE_MS), nextInMs: Math.max(1, untilNext) };
}
