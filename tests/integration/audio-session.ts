// A throwaway audio desktop for the speech test: a private PulseAudio with one null sink, a recorder
// on that sink's monitor, and speech-dispatcher on the default socket of the same private runtime
// directory. It is started (and waited for) here rather than left to the client library's autospawn,
// which gives up when the machine is busy; Chromium then finds it where autospawn would have put it.
// Everything started is tracked and killed by the test.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, waitFor, type ProcessGroup } from './desktop-session';

export const AUDIO_BINARIES: Readonly<Record<string, string>> = {
  pulseaudio: 'pulseaudio',
  pactl: 'pulseaudio-utils',
  parec: 'pulseaudio-utils',
  sox: 'sox',
  'speech-dispatcher': 'speech-dispatcher',
  'spd-say': 'speech-dispatcher',
  'espeak-ng': 'espeak-ng',
};

export const SINK = 'limber_null';
const RATE = 22050;

export interface AudioDesktop {
  /** Environment for clients: PULSE_SERVER and a private XDG_RUNTIME_DIR and HOME. */
  env: NodeJS.ProcessEnv;
  runtimeDir: string;
}

/** PulseAudio with only a null sink and an anonymous socket inside the test's folder. */
export async function startAudio(group: ProcessGroup): Promise<AudioDesktop> {
  const runtimeDir = join(group.dir, 'run');
  const home = join(group.dir, 'home');
  mkdirSync(runtimeDir, { recursive: true });
  mkdirSync(home, { recursive: true });
  chmodSync(runtimeDir, 0o700); // speech-dispatcher and PulseAudio refuse a runtime dir others can read
  const socket = join(group.dir, 'pulse.sock');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_RUNTIME_DIR: runtimeDir,
    XDG_CONFIG_HOME: join(home, '.config'),
    PULSE_SERVER: `unix:${socket}`,
    LANG: 'C.UTF-8',
  };
  group.spawn(
    'pulseaudio',
    'pulseaudio',
    [
      '--daemonize=no',
      '--exit-idle-time=-1',
      '--use-pid-file=no',
      '-n', // no default.pa: nothing but the two modules below, so no real device is ever touched
      `--load=module-null-sink sink_name=${SINK}`,
      `--load=module-native-protocol-unix auth-anonymous=1 socket=${socket}`,
    ],
    env,
  );
  await waitFor(
    'PulseAudio to list the null sink',
    async () => ((await run('pactl', ['list', 'short', 'sinks'], env, 2_000)).stdout.includes(SINK) ? true : undefined),
    10_000,
  );
  return { env, runtimeDir };
}

export interface Recording {
  /** Stops recording; resolves the RMS amplitude (0..1) of what the sink played. */
  stop(): Promise<number>;
}

/** Records the null sink's monitor as raw 16-bit mono into a file. */
export function recordSink(group: ProcessGroup, audio: AudioDesktop, name: string): Recording {
  const file = join(group.dir, `${name}.raw`);
  const fd = openSync(file, 'w');
  const args = [`--device=${SINK}.monitor`, '--format=s16le', `--rate=${RATE}`, '--channels=1'];
  group.commands.push(['parec', ...args, '>', file].join(' '));
  const child: ChildProcess = spawn('parec', args, { env: audio.env, stdio: ['ignore', fd, 'ignore'] });
  closeSync(fd);
  return {
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
        setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
      });
      const stat = await run('sox', ['-t', 'raw', '-r', String(RATE), '-e', 'signed', '-b', '16', '-c', '1', file, '-n', 'stat'], audio.env);
      const rms = /RMS\s+amplitude:\s+([\d.]+)/.exec(stat.stderr)?.[1];
      if (rms === undefined) throw new Error(`sox could not measure ${file}: ${stat.stderr}`);
      return Number(rms);
    },
  };
}

/** speech-dispatcher in the foreground on the default socket; resolves once it lists espeak-ng voices. */
export async function startSpeechDispatcher(group: ProcessGroup, audio: AudioDesktop): Promise<void> {
  group.spawn('speech-dispatcher', 'speech-dispatcher', ['--run-single', '-c', 'unix_socket', '-S', 'default', '-t', '0'], audio.env);
  await waitFor(
    'speech-dispatcher to list its voices',
    async () => ((await run('spd-say', ['-o', 'espeak-ng', '-L'], audio.env, 5_000)).stdout.split('\n').length > 10 ? true : undefined),
    30_000,
  );
}

/** Should a speech-dispatcher have been autospawned after all, end it by the pid it wrote. */
export function stopSpeechDispatcher(audio: AudioDesktop): void {
  try {
    const pidFile = join(audio.runtimeDir, 'speech-dispatcher', 'pid', 'speech-dispatcher.pid');
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 1) process.kill(pid, 'SIGTERM');
  } catch {
    // Never started, or already gone.
  }
}
