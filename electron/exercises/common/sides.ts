import { t } from '../../i18n/common/translate';
import type { Exercise } from './schema';

/**
 * The catalogue writes every two-sided exercise starting on the right: side 1 is the right
 * ("Right over left", "Right leg"), side 2 the left (a test holds every exercise to it).
 */
export const RIGHT_SIDE = 1;
export const LEFT_SIDE = 2;

/**
 * The active language's words for the two sides, as pairs that swap ("rechte|linke, rechts|links"):
 * a translator lists every form the language's sentences use (docs/translating.md).
 */
function swapTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const pair of t('exercises.sides.swapWords').split(',')) {
    const [a, b] = pair.split('|').map((w) => w.trim());
    if (!a || !b) continue;
    table.set(a, b);
    table.set(b, a);
  }
  return table;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A sentence that names both sides ("cross your right leg over your left") told the other way
 * round. Sentences naming one side only are left alone: "right" there may not be a side ("right away").
 */
export function otherWayRound(text: string): string {
  const table = swapTable();
  if (table.size === 0) return text;
  const word = new RegExp(`(?<![\\p{L}])(${[...table.keys()].map(escape).join('|')})(?![\\p{L}])`, 'gu');
  return text.replace(/[^.!?]+[.!?]*/g, (sentence) => {
    const found = new Set([...sentence.matchAll(word)].map((m) => m[1]!));
    const namesBoth = [...found].some((w) => found.has(table.get(w)!));
    return namesBoth ? sentence.replace(word, (w) => table.get(w)!) : sentence;
  });
}

/** The exercise as done starting on `side`: its steps and summary name that side first. */
export function startingOn(exercise: Exercise, side: 1 | 2): Exercise {
  if (exercise.sides !== 2 || side === RIGHT_SIDE) return exercise;
  return { ...exercise, summary: otherWayRound(exercise.summary), steps: exercise.steps.map(otherWayRound), cues: exercise.cues.map(otherWayRound) };
}
