import type { IpcResult } from '@electron/base/common/result';
import type { LiveSource } from './live-feed';

/** A LiveSource whose first fetch started before the page's code was ready to draw. */
export interface EarlySource<T> extends LiveSource<T> {
  /** The newest value known now (the early fetch's, or a later push), if nothing has made it stale. */
  known: () => T | undefined;
  /** Settles when the early fetch has (whatever its outcome). */
  settled: Promise<void>;
}

/**
 * Starts `source`'s fetch at once, while the window's words are still on their way, so the first
 * frame can draw with the data instead of a "Loading…" and a second round trip. Listens from the
 * same moment, so nothing main says between that fetch and the screen's own subscription is lost:
 * a pushed value becomes the newest known (and the early answer, older, is dropped); an event that
 * only says "changed" makes what is known stale, and the next fetch asks again. The early answer serves one fetch only; every later
 * fetch is a real one. Framework-free, so tests drive it with plain promises.
 */
export function earlySource<T>(source: LiveSource<T>): EarlySource<T> {
  let early: Promise<IpcResult<T>> | null = source.fetch();
  let known: { value: T } | null = null;
  let stale = false;
  const settled = early.then(
    (result) => {
      if (result.ok && !known && !stale) known = { value: result.value };
    },
    () => {},
  );
  // Kept for the page's life: it only notes the newest value, so a screen mounted later starts from it.
  source.subscribe(
    (value) => {
      // Newer than the early answer, which must then not be served over it.
      known = { value };
      stale = false;
      early = null;
    },
    () => {
      known = null;
      stale = true;
      early = null;
    },
  );
  return {
    known: () => known?.value,
    settled,
    fetch: () => {
      const answer = early && !stale ? early : null;
      early = null;
      return answer ?? source.fetch();
    },
    subscribe: (push, refetch) => source.subscribe(push, refetch),
  };
}
