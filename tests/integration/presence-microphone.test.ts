// The microphone probe against a real, private PulseAudio: a null source stands in for a headset
// microphone and a null sink for the speakers; real `parecord` processes record from them. The
// probe runs through the same chain the app uses (choosePresenceProbes → createCachedPresenceSource).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCachedPresenceSource } from '../../electron/core/presence/cached-source';
import type { PresenceSource } from '../../electron/core/presence/port';
import { choosePresenceProbes } from '../../electron/presence/choose';
import { ProcessGroup, requireBinaries, run, waitFor } from './desktop-session';

const BINARIES = { pulseaudio: 'pulseaudio', pactl: 'pulseaudio-utils', parecord: 'pulseaudio-utils' };

const group = new ProcessGroup();
process.once('exit', () => group.killSync());
let env: NodeJS.ProcessEnv;
let source: PresenceSource;
const log: string[] = [];

/** Spawns a real recorder on `device` as app `name`; resolves once the server lists its stream. */
async function record(name: string, device: string) {
  const recorder = group.spawn(
    `parecord ${name}`,
    'parecord',
    [`--device=${device}`, `--client-name=${name}`, '/dev/null'],
    env,
  );
  await waitFor(`${name}'s recording stream`, async () => {
    const out = await run('pactl', ['list', 'source-outputs'], env);
    return out.stdout.includes(`application.name = "${name}"`) ? true : undefined;
  });
  return recorder;
}

async function stop(recorder: ReturnType<typeof group.spawn>): Promise<void> {
  const exited = new Promise((r) => recorder.child.once('exit', r));
  recorder.child.kill('SIGTERM');
  await exited;
}

describe.runIf(process.platform === 'linux')('microphone in use, from a real PulseAudio', () => {
  beforeAll(async () => {
    requireBinaries(BINARIES, 'The microphone presence test');
    const dir = group.dir;
    mkdirSync(join(dir, 'pulse'), { recursive: true });
    const socket = join(dir, 'pulse', 'native');
    // Everything PulseAudio touches lives in the temp dir; no D-Bus, so it never looks for a desktop.
    env = {
      PATH: process.env.PATH,
      HOME: dir,
      XDG_RUNTIME_DIR: dir,
      XDG_CONFIG_HOME: join(dir, 'config'),
      PULSE_RUNTIME_PATH: join(dir, 'pulse'),
      PULSE_STATE_PATH: join(dir, 'state'),
      PULSE_SERVER: `unix:${socket}`,
      DBUS_SESSION_BUS_ADDRESS: 'disabled:',
      LANG: 'C.UTF-8',
    };
    // As root, --system=false keeps it a per-user daemon (it warns, and runs); -n skips default.pa
    // so only these modules load: our socket (anonymous: no cookie to share), a sink, a source.
    const server = group.spawn(
      'pulseaudio',
      'pulseaudio',
      [
        '--daemonize=no',
        '--system=false',
        '--exit-idle-time=-1',
        '--use-pid-file=false',
        '--disable-shm=true',
        '--log-target=stderr',
        '-n',
        `--load=module-native-protocol-unix socket=${socket} auth-anonymous=1`,
        '--load=module-null-sink sink_name=speakers',
        '--load=module-null-source source_name=headset_mic',
      ],
      env,
    );
    try {
      await waitFor(
        'PulseAudio to answer pactl',
        async () => ((await run('pactl', ['info'], env)).code === 0 ? true : undefined),
        10_000,
      );
    } catch (e) {
      throw new Error(`${e instanceof Error ? e.message : String(e)}\n${server.output.slice(-2000)}`);
    }
    source = createCachedPresenceSource(choosePresenceProbes('linux', env), {
      switches: () => ({ microphone: true, camera: false, fullscreen: false, dnd: false, meetingApps: [] }),
      log: (m) => log.push(m),
      timeoutMs: 5_000, // a loaded CI machine; the app keeps the 1.5 s default
    });
  }, 20_000);

  afterAll(async () => {
    source?.dispose();
    await group.stopAll();
  });

  it('is not in a call while nothing records', async () => {
    expect(await source.refresh()).toEqual({ inCall: false, presenting: null, dnd: null, reason: null });
    expect(log).toEqual([]);
  });

  it('is in a call while an app records from the microphone, and not after it stops', async () => {
    const call = await record('limber-test-call', 'headset_mic');
    expect(await source.refresh()).toMatchObject({ inCall: true, reason: 'microphone in use by limber-test-call' });
    await stop(call);
    expect((await source.refresh()).inCall).toBe(false);
  });

  it('does not count a recording of the speakers (a sink monitor), which is screen capture, not a call', async () => {
    const capture = await record('limber-test-screencast', 'speakers.monitor');
    expect((await source.refresh()).inCall).toBe(false);
    const call = await record('limber-test-call', 'headset_mic');
    expect((await source.refresh()).reason).toBe('microphone in use by limber-test-call');
    await stop(call);
    await stop(capture);
    expect(log).toEqual([]);
  });

  it('says unknown, with pactl’s words, once the sound server is gone', async () => {
    const gone = createCachedPresenceSource(
      choosePresenceProbes('linux', { ...env, PULSE_SERVER: `unix:${join(group.dir, 'no-such-socket')}` }),
      {
        switches: () => ({ microphone: true, camera: false, fullscreen: false, dnd: false, meetingApps: [] }),
        log: (m) => log.push(m),
        timeoutMs: 5_000,
      },
    );
    const reading = await gone.refresh();
    gone.dispose();
    expect(reading.inCall).toBeNull();
    expect(reading.reason).toMatch(
      /^PulseAudio\/PipeWire recording streams: pactl list source-outputs: Connection failure/,
    );
    expect(log).toHaveLength(1);
  });
});
