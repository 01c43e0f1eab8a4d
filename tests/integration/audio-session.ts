// A throwaway audio desktop for the speech test: the private PulseAudio of presence-desktop.ts, a
// recorder on its null sink's monitor, and speech-dispatcher on the default socket of the same private runtime
// directory. It is started (and waited for) here rather than left to the client library's autospawn,
// which gives up when the machine is busy; Chromium then finds it where autospawn would have put it.
// Everything started is tracked and killed by the test.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, waitFor, type ProcessGroup } from './desktop-session';
import { SPEAKERS, startPulse } from './presence-desktop';

export const AUDIO_BINARIES: Readonly<Record<string, string>> = {
  parec: 'pulseaudio-utils',
  sox: 'sox',
  'speech-dispatcher': 'speech-dispatcher',
  'spd-say': 'speech-dispatcher',
  'espeak-ng': 'espeak-ng',
};

const RATE = 22050;

export interface AudioDesktop {
  /** Environment for clients: PULSE_SERVER and a private XDG_RUNTIME_DIR and HOME. */
  env: NodeJS.ProcessEnv;
  runtimeDir: string;
}

/** The presence tests' private PulseAudio (null sink `speakers`), shared rather than written twice. */
export async function startAudio(group: ProcessGroup): Promise<AudioDesktop> {
  const env = await startPulse(group);
  return { env, runtimeDir: env['XDG_RUNTIME_DIR'] ?? group.dir };
}

export interface Recording {
  /** Stops recording; resolves the RMS amplitude (0..1) of what the sink played. */
  stop(): Promise<number>;
}

/** Records the null sink's monitor as raw 16-bit mono into a file. */
export function recordSink(group: ProcessGroup, audio: AudioDesktop, name: string): Recording {
  const file = join(group.dir, `${name}.raw`);
  const fd = openSync(file, 'w');
  const args = [`--device=${SPEAKERS}.monitor`, '--format=s16le', `--rate=${RATE}`, '--channels=1'];
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

/**
 * speech-dispatcher in the foreground on the default socket; resolves once it lists espeak-ng voices.
 * Listing them takes seconds of CPU, many on a busy machine: each try is given 20 s, so a slow list
 * is waited for rather than killed and started again (which only added load).
 */
export async function startSpeechDispatcher(group: ProcessGroup, audio: AudioDesktop): Promise<void> {
  group.spawn('speech-dispatcher', 'speech-dispatcher', ['--run-single', '-c', 'unix_socket', '-S', 'default', '-t', '0'], audio.env);
  await waitFor(
    'speech-dispatcher to list its voices',
    async () => ((await run('spd-say', ['-o', 'espeak-ng', '-L'], audio.env, 20_000)).stdout.split('\n').length > 10 ? true : undefined),
    60_000,
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
