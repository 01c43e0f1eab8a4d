// Issue 26's "main stays responsive (an IPC round trip under 100 ms) while each hostile input is
// fed": the real services behind the real router, a valid call timed from when it was due every
// 5 ms (ipc-load.ts), while each of the audit's hostile inputs is fed in turn:
// - invalid_flood: invalid and oversized calls of every kind, a 20 MB string among them (refused
//   unread: an import takes no text from the page; the copy of the message is still paid);
// - large_import: a real 20 MB export chosen in main's dialog, previewed, then applied;
// - hostile_import: 20 MB of 480,000 invalid records, previewed (refused after its first 50 problems);
// - session_record_flood: session:record with 30 steps, one a turn (10 a minute are accepted);
// - presence_status_flood / settings_toggles: presence:status, and settings:update flipping the
//   presence switches, one a turn, with the real probes on the hostile desk below;
// - pactl_newlines: the real microphone probe listing pactl output with 64 KiB and 3.5 MiB newline
//   runs on every stream change (every 50 ms), nothing from the page;
// - x11_lengths: the real full-screen probe on an X server announcing 4 GB and flooding events.
// ipc_<input>_p50_ms / _p99_ms: the valid call's round trip meanwhile; goal <= 100 ms each.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createServices, type Services } from '../electron/app/create-services';
import { choosePresenceProbes } from '../electron/presence/adapters/choose';
import { createCachedPresenceSource } from '../electron/presence/node/cached-source';
import { DEFAULT_SETTINGS } from '../electron/settings/common/schema';
import { testServiceOptions } from '../tests/support/fake-desk';
import { atMost, informative, type Figures } from './figure';
import { hostileDesk, type HostileDesk } from './hostile-desk';
import { percentile, roundTripsUnder, type Load, type LoadResult } from './ipc-load';

const FLOOD_MS = 3_000;

const report = () => ({
  routineId: 'quick-desk-stretch',
  routineName: 'Quick desk stretch',
  startedAt: '2026-11-24T09:00:00.000Z',
  endedAt: '2026-11-24T09:03:00.000Z',
  completed: true,
  endReason: 'finished',
  steps: Array.from({ length: 30 }, () => ({ exerciseId: 'sit-tall-reset', sidesDone: 2, secondsHeld: 3600 })),
});

/** The audit's kinds of invalid call, cycled; several are as large as a page can make them. */
function invalidCalls(): Array<[string, unknown[]]> {
  const mib = 'x'.repeat(1024 * 1024);
  const deep = JSON.parse(`${'['.repeat(2000)}${']'.repeat(2000)}`) as unknown;
  return [
    [`no-such:${'y'.repeat(10_000)}`, []],
    ['settings:update', [{ theme: mib }]],
    ['settings:update', [{ __proto__: { polluted: true }, reminderIntervalMin: -1 }]],
    ['session:record', [{ routineId: 'nope', steps: Array.from({ length: 10_000 }, () => ({ exerciseId: mib.slice(0, 100) })) }]],
    ['history:preview-import', ['z'.repeat(20 * 1024 * 1024)]],
    ['history:log-pain', [deep, 'before']],
    ['app:open-external', ['file:///etc/passwd']],
    ['breaks:pause', ['not a number']],
  ];
}

const cycle = <T>(items: readonly T[]) => {
  let i = 0;
  return () => items[i++ % items.length]!;
};

/** A real export of about 20 MB: sessions and pain ratings over 20 years, each with its own id. */
function largeExport(): string {
  const history: unknown[] = [];
  let size = 0;
  for (let i = 0; size < 19.5 * 1024 * 1024; i++) {
    const at = new Date(Date.UTC(2006, 0, 1) + (i % 7000) * 86_400_000 + (i % 24) * 3_600_000).toISOString();
    const record =
      i % 3 === 0
        ? { id: randomUUID(), v: 1, at, kind: 'pain', rating: i % 11, when: 'after' }
        : { id: randomUUID(), v: 1, at, kind: 'session', ...report(), startedAt: at, endedAt: at, steps: report().steps.slice(0, 3) };
    history.push(record);
    size += JSON.stringify(record).length + 1;
  }
  return JSON.stringify({ app: 'limber', format: 1, exportedAt: new Date().toISOString(), settings: DEFAULT_SETTINGS, history });
}

/** 20 MB of records that all fail their check. */
const hostileExport = () => JSON.stringify({ app: 'limber', format: 1, history: Array.from({ length: 480_000 }, (_, i) => ({ id: `x${i}`, v: 2, kind: 'pain' })) });

function figures(name: string, result: LoadResult): Figures {
  return {
    [`ipc_${name}_p50_ms`]: atMost(percentile(result.times, 50), 100, 'ms'),
    [`ipc_${name}_p99_ms`]: atMost(percentile(result.times, 99), 100, 'ms'),
  };
}

export async function benchHostileIpc(): Promise<Figures> {
  const dir = await mkdtemp(join(tmpdir(), 'limber-bench-imports-'));
  let chosen: string | null = null;
  const options = await testServiceOptions({ log: () => {}, chooseImportFile: () => Promise.resolve(chosen) });
  const services = await createServices(options);
  const desk: HostileDesk = await hostileDesk();
  let withPresence: Services | null = null;
  const presence = createCachedPresenceSource(choosePresenceProbes('linux', desk.env), {
    switches: () => withPresence?.settings.get().presence ?? DEFAULT_SETTINGS.presence,
    log: () => {},
  });
  const presenceOptions = await testServiceOptions({ log: () => {}, presence });
  withPresence = await createServices(presenceOptions);
  const out: Figures = {};
  const run = async (name: string, target: Services, load: Load) => {
    const result = await roundTripsUnder(target.dispatch, load);
    Object.assign(out, figures(name, result));
    return result;
  };
  try {
    // The machine's own noise: the same calls with nothing fed, and how busy the machine is.
    out['ipc_load_average_at_start'] = informative(loadavg()[0]!, 'runnable', `none (1-min load average on ${cpus().length} cores)`);
    const quiet = await roundTripsUnder(services.dispatch, { durationMs: 2_000 });
    out['ipc_quiet_p50_ms'] = informative(percentile(quiet.times, 50), 'ms', 'none (no hostile input, for comparison)');
    out['ipc_quiet_p99_ms'] = informative(percentile(quiet.times, 99), 'ms', 'none (no hostile input: the machine\'s own noise)');

    const invalid = await run('invalid_flood', services, { durationMs: FLOOD_MS, call: cycle(invalidCalls()) });
    out['ipc_invalid_flood_calls_per_s'] = informative(invalid.answered / (invalid.elapsedMs / 1000), 'calls/s', 'none (invalid calls main refused a second)');

    await writeFile((chosen = join(dir, 'large.json')), largeExport());
    let added = 0;
    const large = await run('large_import', services, {
      durationMs: 0,
      work: async () => {
        const preview = await services.dispatch('history:preview-import', []);
        const value = preview.ok ? (preview.value as { ok: boolean; token?: string; errors?: string[] } | null) : null;
        if (!value?.ok || !value.token) throw new Error(`the large import was not previewed: ${JSON.stringify(preview).slice(0, 300)}`);
        const applied = await services.dispatch('history:apply-import', [value.token]);
        added = applied.ok ? (applied.value as { recordsAdded: number }).recordsAdded : 0;
      },
    });
    out['ipc_large_import_records_added'] = informative(added, 'records', 'none (records the 20 MB import added)');
    out['ipc_large_import_s'] = informative(large.elapsedMs / 1000, 's', 'none (preview and apply, start to end)');

    await writeFile((chosen = join(dir, 'hostile.json')), hostileExport());
    await run('hostile_import', services, {
      durationMs: 0,
      work: async () => {
        const preview = await services.dispatch('history:preview-import', []);
        if (!preview.ok || (preview.value as { ok: boolean }).ok) throw new Error('the hostile import was not refused');
      },
    });

    const records = await run('session_record_flood', services, { durationMs: FLOOD_MS, call: () => ['session:record', [report()]] });
    out['ipc_session_record_flood_accepted'] = informative(records.accepted, 'calls', 'none (at most 10 a minute are saved)');

    // The desk turns hostile: pactl's streams carry newline runs, the X server announces 4 GB and floods.
    await withPresence.dispatch('presence:status', []);
    await desk.pactlHostile(true);
    const listedBefore = await desk.pactlListings();
    await run('pactl_newlines', withPresence, { durationMs: FLOOD_MS });
    out['ipc_pactl_newlines_listings'] = informative((await desk.pactlListings()) - listedBefore, 'listings', 'none (hostile pactl listings main parsed meanwhile)');
    await desk.pactlHostile(false);

    desk.xHostile(true);
    await run('x11_lengths', withPresence, { durationMs: FLOOD_MS });
    out['ipc_x11_lengths_mb_sent'] = informative((await desk.xBytesSent()) / 1e6, 'MB', 'none (hostile bytes the X server pushed)');

    await desk.pactlHostile(true);
    const status = await run('presence_status_flood', withPresence, { durationMs: FLOOD_MS, call: () => ['presence:status', []] });
    out['ipc_presence_status_flood_calls_per_s'] = informative(status.answered / (status.elapsedMs / 1000), 'calls/s', 'none (presence:status answered a second)');
    let on = false;
    await run('settings_toggles', withPresence, {
      durationMs: FLOOD_MS,
      call: () => ['settings:update', [{ presence: { ...DEFAULT_SETTINGS.presence, microphone: (on = !on), fullscreen: !on } }]],
    });
    out['ipc_load_average_at_end'] = informative(loadavg()[0]!, 'runnable', `none (1-min load average on ${cpus().length} cores)`);
    return out;
  } finally {
    desk.xHostile(false);
    presence.dispose();
    services.dispose();
    withPresence.dispose();
    await desk.dispose();
    await Promise.all([options.userDataDir, presenceOptions.userDataDir, dir].map((d) => rm(d, { recursive: true, force: true })));
  }
}
