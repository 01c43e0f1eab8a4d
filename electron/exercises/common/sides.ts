import type { Exercise } from './schema';

/**
 * The catalogue writes every two-sided exercise starting on the right: side 1 is the right
 * ("Right over left", "Right leg"), side 2 the left (a test holds every exercise to it).
 */
export const RIGHT_SIDE = 1;
export const LEFT_SIDE = 2;

const SWAP: Readonly<Record<string, string>> = { right: 'left', left: 'right', Right: 'Left', Left: 'Right' };

/**
 * A sentence that names both sides ("cross your right leg over your left") told the other way
 * round. Sentences naming one side only are left alone: "right" there may not be a side ("right away").
 */
export function otherWayRound(text: string): string {
  return text.replace(/[^.!?]+[.!?]*/g, (sentence) =>
    /\b(right|Right)\b/.test(sentence) && /\b(left|Left)\b/.test(sentence) ? sentence.replace(/\b(right|left|Right|Left)\b/g, (w) => SWAP[w]!) : sentence,
  );
}

/** The exercise as done starting on `side`: its steps and summary name that side first. */
export function startingOn(exercise: Exercise, side: 1 | 2): Exercise {
  if (exercise.sides !== 2 || side === RIGHT_SIDE) return exercise;
  return { ...exercise, summary: otherWayRound(exercise.summary), steps: exercise.steps.map(otherWayRound), cues: exercise.cues.map(otherWayRound) };
}
