/**
 * Which exercises' steps the user has already been shown, remembered in this window's storage:
 * the first time, the steps are open; afterwards they are one click away. Storage that fails
 * (full, blocked) only means the steps open again — never an error.
 */
const KEY = 'limber.steps-seen';

function read(): Set<string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function stepsSeen(exerciseId: string): boolean {
  return read().has(exerciseId);
}

export function markStepsSeen(exerciseId: string): void {
  const seen = read();
  if (seen.has(exerciseId)) return;
  seen.add(exerciseId);
  try {
    localStorage.setItem(KEY, JSON.stringify([...seen]));
  } catch {
    // Not remembered: next time the steps simply open again.
  }
}
