import type { Exercise, Routine } from './schema';

/**
 * The person's own exercises and routines (electron/routines/), as the catalogue's lookups see
 * them. Main sets them from the routines store on start and after every change; the window sets
 * them from `routines:list`. Kept apart from routines.ts so the catalogue stays a constant and the
 * own entries, which change while Limber runs, are replaced whole, never edited in place.
 */
let own: { exercises: ReadonlyMap<string, Exercise>; routines: readonly Routine[] } = { exercises: new Map(), routines: [] };
const listeners = new Set<() => void>();

export function setOwnCatalogue(exercises: readonly Exercise[], routines: readonly Routine[]): void {
  own = { exercises: new Map(exercises.map((e) => [e.id, e])), routines: [...routines] };
  for (const listener of listeners) listener();
}

/**
 * Runs `fn` with a candidate own catalogue in place and restores the real one afterwards, telling no
 * listener: how a change is checked (its lengths, its speech) before it is stored. Synchronous, so
 * nothing else can look in between.
 */
export function withOwnCatalogue<T>(exercises: readonly Exercise[], routines: readonly Routine[], fn: () => T): T {
  const real = own;
  own = { exercises: new Map(exercises.map((e) => [e.id, e])), routines: [...routines] };
  try {
    return fn();
  } finally {
    own = real;
  }
}

export const ownExercise = (id: string): Exercise | undefined => own.exercises.get(id);
export const ownExercises = (): Exercise[] => [...own.exercises.values()];
export const ownRoutine = (id: string): Routine | undefined => own.routines.find((r) => r.id === id);
export const ownRoutines = (): readonly Routine[] => own.routines;

/** Called after each change of the own catalogue (the window re-renders its lists). */
export function onOwnCatalogue(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Own exercises and routines carry this prefix, so they can never take a built-in's id. */
export const OWN_PREFIX = 'own-';
export const isOwnId = (id: string): boolean => id.startsWith(OWN_PREFIX);
