// The measuring half of the IPC bench: a valid call (settings:get) falls due every VALID_EVERY_MS
// while a hostile input is fed, and is timed from the moment it was due, so time spent queued
// behind the hostile work counts. Each hostile call arrives as its own task, as Electron delivers
// IPC messages, and is deserialised first, as main's thread does with every message (the page's
// process serialised it: that is done once per distinct call here, outside what main pays).
import { deserialize, serialize } from 'node:v8';
import type { Dispatch } from '../electron/ipc/node/router';

export const VALID_EVERY_MS = 5;

export interface Load {
  /** Feed for at least this long. */
  durationMs: number;
  /** One hostile call a turn of the event loop (as a page can send them), or none. */
  call?: () => [string, unknown[]] | null;
  /** Work that runs alongside until it ends (an import), or none. */
  work?: () => Promise<void>;
}

export interface LoadResult {
  times: number[];
  /** Hostile calls answered meanwhile. */
  answered: number;
  /** Of those, how many main accepted (a flood within its limits is partly valid). */
  accepted: number;
  elapsedMs: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** What the page's process sent: each distinct argument list serialised once. */
const wire = new WeakMap<object, Buffer>();
function received(args: unknown[]): unknown[] {
  let bytes = wire.get(args);
  if (!bytes) wire.set(args, (bytes = serialize(args)));
  return deserialize(bytes) as unknown[];
}

export async function roundTripsUnder(dispatch: Dispatch, load: Load): Promise<LoadResult> {
  const times: number[] = [];
  let answered = 0;
  let accepted = 0;
  let failedValid = 0;
  let workDone = load.work === undefined;
  let workError: unknown = null;
  const start = performance.now();
  let nextValid = start;
  if (load.work)
    load
      .work()
      .catch((error: unknown) => (workError = error))
      .finally(() => (workDone = true));
  await new Promise<void>((done) => {
    const pump = () => {
      const now = performance.now();
      if (now - start >= load.durationMs && workDone) return done();
      for (; nextValid <= now; nextValid += VALID_EVERY_MS) {
        const due = nextValid;
        void dispatch('settings:get', []).then((r) => {
          if (!r.ok) failedValid++;
          times.push(performance.now() - due);
        });
      }
      const call = load.call?.();
      if (call) {
        const [channel, args] = call;
        void dispatch(channel, received(args)).then((r) => {
          answered++;
          if (r.ok) accepted++;
        });
      }
      setImmediate(pump);
    };
    setImmediate(pump);
  });
  const elapsedMs = performance.now() - start;
  // Let the last answers land before counting.
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (workError) throw workError instanceof Error ? workError : new Error('the work under load failed');
  if (failedValid > 0) throw new Error(`${failedValid} valid calls failed under the load`);
  return { times, answered, accepted, elapsedMs };
}
