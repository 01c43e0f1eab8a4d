/**
 * "Steps once, then names only": how many sessions have read each exercise's steps aloud,
 * remembered in this window's storage. After STEPS_READ_SESSIONS of them the lead-in says just the
 * exercise's name (when the setting is on), so a practised move starts sooner. Storage that fails
 * only means the steps are read again — never an error.
 */
const KEY = 'limber.steps-heard';
export const STEPS_READ_SESSIONS = 2;

export interface CountStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const store = (): CountStore | null => (typeof localStorage === 'undefined' ? null : localStorage);

function read(s: CountStore | null): Record<string, number> {
  try {
    const value: unknown = JSON.parse(s?.getItem(KEY) ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1])));
  } catch {
    return {};
  }
}

/** The exercises whose steps need not be read any more: none unless `stepsOnce` is on. */
export function namesOnlyFor(exerciseIds: readonly string[], stepsOnce: boolean, s = store()): Set<string> {
  if (!stepsOnce) return new Set();
  const counts = read(s);
  return new Set(exerciseIds.filter((id) => (counts[id] ?? 0) >= STEPS_READ_SESSIONS));
}

/** A session read these exercises' steps aloud: count it once each. */
export function markStepsHeard(exerciseIds: readonly string[], s = store()): void {
  const counts = read(s);
  for (const id of new Set(exerciseIds)) counts[id] = Math.min(1000, (counts[id] ?? 0) + 1);
  try {
    s?.setItem(KEY, JSON.stringify(counts));
  } catch {
    // Not remembered: the steps are simply read again next time.
  }
}
