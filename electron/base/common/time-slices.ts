/**
 * Long work on main's thread (checking a 20 MB import, writing its records) done in slices of at
 * most SLICE_MS, with a turn of the event loop between them, so an IPC call that arrives meanwhile
 * waits one slice, not the whole job (issue 26: a round trip stays under 100 ms while an import is
 * checked). Runs in main and in plain Node tests; no Node import, so `common/` code may use it.
 */
export const SLICE_MS = 8;

type Later = (callback: () => void) => void;
/** setImmediate where there is one (Node, Electron's main): a turn of the loop without a 1 ms floor. */
const later: Later = (globalThis as { setImmediate?: Later }).setImmediate ?? ((callback) => setTimeout(callback, 0));

/** Let whatever is queued (IPC calls, timers, I/O) run, then continue. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => later(resolve));

/** A clock that says when the current slice is used up; `pause()` yields only then (else undefined: no await needed). */
export function sliceClock(pause: () => Promise<void> = yieldToLoop, sliceMs = SLICE_MS) {
  let started = performance.now();
  return {
    pause(): Promise<void> | undefined {
      if (performance.now() - started < sliceMs) return undefined;
      return pause().then(() => {
        started = performance.now();
      });
    },
  };
}

/** `items.map(work)`, yielding between slices. */
export async function mapInSlices<T, U>(items: readonly T[], work: (item: T, index: number) => U): Promise<U[]> {
  const clock = sliceClock();
  const out: U[] = new Array<U>(items.length);
  for (let i = 0; i < items.length; i++) {
    out[i] = work(items[i]!, i);
    // After every item: reading the clock (tens of ns) is nothing beside checking one record
    // (0.1-1 ms under load), and 64 records between looks overran a slice tenfold.
    const wait = clock.pause();
    if (wait) await wait;
  }
  return out;
}
