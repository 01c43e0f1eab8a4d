// Issue 26's "main stays responsive (an IPC round trip under 100 ms) while each hostile input is
// fed": the real services behind the real router, a valid call (settings:get) due every 5 ms while
// a compromised page floods main with invalid and oversized calls.
// Each hostile call arrives as its own task, as Electron delivers IPC messages, and is copied with
// structuredClone first (the copy main's thread makes of every message). A valid call is timed from
// the moment it was due, so time spent queued behind the flood counts.
// ipc_roundtrip_hostile_median_ms / _p99_ms: the valid call's round trip under the flood.
// ipc_roundtrip_hostile_router_p99_ms: the same without the copy: Limber's own router and handlers
// only (the copy of a 20 MB message is Electron's work, paid before any of Limber's code runs).
// ipc_roundtrip_quiet_median_ms: the same call with no flood, for comparison.
// ipc_hostile_calls_per_s: how many hostile calls main answered a second meanwhile (informative).
import { rm } from 'node:fs/promises';
import { createServices, type Services } from '../electron/app/create-services';
import { MAX_IMPORT_BYTES } from '../electron/transfer/common/transfer';
import { testServiceOptions } from '../tests/support/fake-desk';
import { atMost, informative, type Figures } from './figure';
import { median } from './stats';

const FLOOD_MS = 3_000;
const VALID_EVERY_MS = 5;

/** The audit's kinds of hostile call, cycled: none of them is valid, several are as large as a page can make them. */
function hostileCalls(): Array<[unknown, unknown]> {
  const mib = 'x'.repeat(1024 * 1024);
  const deep = JSON.parse(`${'['.repeat(2000)}${']'.repeat(2000)}`) as unknown;
  return [
    [`no-such:${'y'.repeat(10_000)}`, []],
    ['settings:update', [{ theme: mib }]],
    ['settings:update', [{ __proto__: { polluted: true }, reminderIntervalMin: -1 }]],
    ['session:record', [{ routineId: 'nope', steps: Array.from({ length: 10_000 }, () => ({ exerciseId: mib.slice(0, 100) })) }]],
    ['history:preview-import', ['z'.repeat(MAX_IMPORT_BYTES + 1)]],
    ['history:log-pain', [deep, 'before']],
    ['app:open-external', ['file:///etc/passwd']],
    ['breaks:pause', 'not a list'],
  ];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

type Dispatch = Services['dispatch'];

/**
 * FLOOD_MS of hostile calls, one a task, with a valid call due every VALID_EVERY_MS; `copy` models
 * the copy of each message main's thread makes (off: only Limber's own router and handlers).
 */
async function flood(dispatch: Dispatch, copy: boolean): Promise<{ times: number[]; perSecond: number }> {
  const calls = hostileCalls();
  const times: number[] = [];
  let answered = 0;
  let wrongAnswers = 0;
  const start = performance.now();
  let nextValid = start;
  await new Promise<void>((done) => {
    let i = 0;
    const pump = () => {
      const now = performance.now();
      if (now - start >= FLOOD_MS) return done();
      // The valid calls that fell due while the last task ran, each timed from when it was due.
      for (; nextValid <= now; nextValid += VALID_EVERY_MS) {
        const due = nextValid;
        void dispatch('settings:get', []).then((r) => {
          if (!r.ok) wrongAnswers++;
          times.push(performance.now() - due);
        });
      }
      const call = calls[i++ % calls.length]!;
      const [channel, args] = copy ? structuredClone(call) : call;
      void dispatch(channel, args).then((r) => {
        if (r.ok) wrongAnswers++;
        answered++;
      });
      setImmediate(pump);
    };
    setImmediate(pump);
  });
  // Let the last answers land before counting.
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (wrongAnswers > 0) throw new Error(`${wrongAnswers} calls got the wrong kind of answer under the flood`);
  return { times, perSecond: answered / ((performance.now() - start) / 1000) };
}

export async function benchHostileIpc(): Promise<Figures> {
  const options = await testServiceOptions({ log: () => {} });
  const services = await createServices(options);
  const valid = () => services.dispatch('settings:get', []);
  try {
    const quiet: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      const result = await valid();
      if (!result.ok) throw new Error('settings:get failed without a flood');
      quiet.push(performance.now() - t0);
    }

    const withCopy = await flood(services.dispatch, true);
    const routerOnly = await flood(services.dispatch, false);
    return {
      ipc_roundtrip_quiet_median_ms: informative(median(quiet), 'ms', 'none (the same call with no flood)'),
      ipc_roundtrip_hostile_median_ms: atMost(median(withCopy.times), 100, 'ms'),
      ipc_roundtrip_hostile_p99_ms: atMost(percentile(withCopy.times, 99), 100, 'ms'),
      ipc_roundtrip_hostile_router_median_ms: atMost(median(routerOnly.times), 100, 'ms'),
      ipc_roundtrip_hostile_router_p99_ms: atMost(percentile(routerOnly.times, 99), 100, 'ms'),
      ipc_hostile_calls_per_s: informative(withCopy.perSecond, 'calls/s', 'none (hostile calls main refused a second meanwhile)'),
    };
  } finally {
    services.dispose();
    await rm(options.userDataDir, { recursive: true, force: true });
  }
}
