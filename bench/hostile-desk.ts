// A hostile desktop for the IPC bench (issue 26), spoken to by Limber's real presence probes: a
// `pactl` on PATH whose recording streams carry properties of 64 KiB newline runs (any sound client
// can set them) and which reports a stream change every 50 ms, so main lists and parses them again
// and again; and an X server (the tests' stand-in, on a private socket) that, when told, sends every
// 100 ms a reply announcing 4 GB and a 4 MiB flood of events.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

const block = (id: number, properties: string[]) =>
  [`Source Output #${id}`, '\tSource: 1', '\tSample Specification: s16le 1ch 48000Hz', '\tCorked: no', '\tProperties:']
    .concat(properties.map((p) => `\t\t${p}`))
    .join('\n');

/** The audit's listing (four 64 KiB newline runs) and one 3.5 MiB run: under the runner's 4 MiB cap. */
export function hostileListing(): string {
  const run = '\n'.repeat(64 * 1024);
  return [
    block(7, ['a', 'b', 'c', 'd'].map((k) => `${k}.name = "${run}"`)),
    block(8, [`media.name = "${'\n'.repeat(3.5 * 1024 * 1024)}"`, 'application.name = "x"']),
  ].join('\n\n');
}
const QUIET_LISTING = '';

const FAKE_PACTL = `#!/bin/sh
# The bench's pactl: a stream change every 50 ms, and the listing the bench put in a file.
case "$1" in
  subscribe) while :; do echo "Event 'change' on source-output #7" || exit 0; sleep 0.05; done ;;
  list) if [ "$2" = "source-outputs" ]; then echo x >> "$LIMBER_BENCH_PACTL_LISTING.count"; cat "$LIMBER_BENCH_PACTL_LISTING"; fi ;;
esac
`;

export interface HostileDesk {
  /** Environment for the presence probes: PATH with the fake pactl, DISPLAY on the hostile X server. */
  env: NodeJS.ProcessEnv;
  pactlHostile(on: boolean): Promise<void>;
  xHostile(on: boolean): void;
  /** Bytes the X server has pushed at its clients so far. */
  xBytesSent(): Promise<number>;
  /** How many times main has listed the recording streams (run `pactl list source-outputs`) so far. */
  pactlListings(): Promise<number>;
  dispose(): Promise<void>;
}

export async function hostileDesk(): Promise<HostileDesk> {
  const dir = await mkdtemp(join(tmpdir(), 'limber-bench-desk-'));
  await writeFile(join(dir, 'pactl'), FAKE_PACTL);
  await chmod(join(dir, 'pactl'), 0o755);
  const listing = join(dir, 'listing.txt');
  await writeFile(listing, QUIET_LISTING);
  // The X server runs on its own thread (hostile-x-worker.ts, bundled here as the bench is).
  const script = join(dir, 'x-server.mjs');
  await build({ entryPoints: [join(process.cwd(), 'bench', 'hostile-x-worker.ts')], outfile: script, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  const worker = new Worker(script);
  const { display, home } = await new Promise<{ display: string; home: string }>((resolve) => worker.once('message', resolve));
  const ask = () => new Promise<number>((resolve) => {
    worker.once('message', (m: { sent: number }) => resolve(m.sent));
    worker.postMessage('sent');
  });

  return {
    env: { ...process.env, PATH: `${dir}:${process.env['PATH'] ?? ''}`, DISPLAY: display, HOME: home, LIMBER_BENCH_PACTL_LISTING: listing },
    pactlHostile: (on) => writeFile(listing, on ? hostileListing() : QUIET_LISTING),
    xHostile: (on) => worker.postMessage(on ? 'hostile' : 'quiet'),
    xBytesSent: ask,
    pactlListings: () => readFile(`${listing}.count`, 'utf8').then((t) => t.length / 2, () => 0),
    async dispose() {
      worker.postMessage('stop');
      await new Promise((resolve) => worker.once('exit', resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
