import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../../../electron/exercises/common/catalogue-check';
import { POSITION_SOURCES } from '../../../../electron/exercises/common/plan';
import { EXERCISE_SOURCES, ROUTINE_SOURCES } from '../../../../electron/exercises/common/routines';

// The catalogue is no longer checked as the window loads it (that put zod in the first frame):
// this test and main's start-up check it instead, with the same schemas.

const restore: (() => void)[] = [];
/** Changes one field of a catalogue entry for one test. */
function tamper<T extends object, K extends keyof T>(entry: T, key: K, value: unknown): void {
  const before = entry[key];
  (entry as Record<K, unknown>)[key] = value;
  restore.push(() => ((entry as Record<K, unknown>)[key] = before));
}
afterEach(() => restore.splice(0).forEach((undo) => undo()));

describe('the exercise catalogue as written', () => {
  it('passes its schemas: exercises, routines and positions', () => {
    expect(() => checkCatalogue()).not.toThrow();
  });

  it('fails, naming the entry, on a hold out of bounds, an unknown exercise or a bad position', () => {
    tamper(EXERCISE_SOURCES[0]!, 'holdSec', 1);
    expect(() => checkCatalogue()).toThrow(new RegExp(`Exercise ${EXERCISE_SOURCES[0]!.id} is invalid at holdSec`));
    restore.splice(0).forEach((undo) => undo());
    tamper(ROUTINE_SOURCES[0]!, 'steps', [{ exerciseId: 'no-such-move' }]);
    expect(() => checkCatalogue()).toThrow(/unknown exercise: no-such-move/);
    restore.splice(0).forEach((undo) => undo());
    tamper(POSITION_SOURCES.floor, 'leadInSec', 2);
    expect(() => checkCatalogue()).toThrow(/Position floor is invalid/);
  });

  it('fails on an exercise listed twice', () => {
    tamper(EXERCISE_SOURCES[1]!, 'id', EXERCISE_SOURCES[0]!.id);
    expect(() => checkCatalogue()).toThrow(/listed twice/);
  });
});
