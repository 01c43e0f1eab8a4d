import { useEffect, useState } from 'preact/hooks';
import type { OwnLibrary } from '@electron/routines/common/own-schema';
import { publishLibrary } from '@electron/routines/common/to-catalogue';
import { api } from '../api';

const EMPTY: OwnLibrary = { version: 1, exercises: [], routines: [] };
let current: OwnLibrary = EMPTY;
const listeners = new Set<(library: OwnLibrary) => void>();

function take(library: OwnLibrary): void {
  current = library;
  // The catalogue's lookups (home, settings, the player) see own routines from here on.
  publishLibrary(library);
  for (const listener of listeners) listener(library);
}

/** Once per window: the own library fetched, and kept in step with main's `routines:changed`. */
export function startOwnLibrary(): void {
  api.onOwnLibraryChanged(take);
  void api.getOwnLibrary().then((result) => {
    if (result.ok) take(result.value);
  });
}

/** The own library as stored; re-renders on every change (a save here, an import, another window). */
export function useOwnLibrary(): OwnLibrary {
  const [library, setLibrary] = useState(current);
  useEffect(() => {
    listeners.add(setLibrary);
    setLibrary(current);
    return () => void listeners.delete(setLibrary);
  }, []);
  return library;
}

/** A fresh own id, as main checks them: `own-` and 16 random hex digits. */
export function newOwnId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `own-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Applies an answer from a change: the library as stored, or the plain-words reason it was refused. */
export function libraryAnswer(result: { ok: true; value: OwnLibrary } | { ok: false; error: { message: string; issues: Array<{ message: string }> } }): string | null {
  if (result.ok) {
    take(result.value);
    return null;
  }
  return result.error.issues[0]?.message ?? result.error.message;
}
