// Runs one helper program for a probe: an argument list (never a shell), the probe's environment
// with the C locale (so the text we parse is never translated), its abort signal and a hard timeout.
import { execFile } from 'node:child_process';
import { t } from '../../i18n/common/translate';
import { failureWords } from '../../base/common/os-failure';

export interface CommandOutput {
  /** The exit code; probes decide what a non-zero code means (e.g. `reg query` on a missing key). */
  code: number;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  /** A second line of defence behind the caller's time box. */
  timeoutMs?: number;
}

/** Rejects only when the program could not run to the end (missing, killed, timed out). */
export type CommandRunner = (file: string, args: readonly string[], options: CommandOptions) => Promise<CommandOutput>;

const MAX_OUTPUT_BYTES = 4 * 1024 * 1024;

export const runCommand: CommandRunner = (file, args, { env, signal, timeoutMs = 2_000 }) =>
  new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      {
        env: { ...env, LC_ALL: 'C', LANG: 'C' },
        signal,
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: MAX_OUTPUT_BYTES,
        windowsHide: true,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ code: 0, stdout, stderr });
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
        if (failure.code === 'ENOENT') return reject(new Error(t('main.presence.reason.notInstalledPath', { program: file })));
        if (failure.name === 'AbortError') return reject(new Error(t('main.presence.reason.stopped', { program: file })));
        if (typeof failure.code === 'number') return resolve({ code: failure.code, stdout, stderr });
        if (failure.killed || failure.signal) return reject(new Error(t('main.presence.reason.tookTooLong', { program: file, ms: timeoutMs })));
        reject(new Error(t('main.presence.reason.couldNotRun', { program: file, detail: failureWords(`running ${file}`, failure) })));
      },
    );
  });

/** The first non-empty line of a helper's complaint, for a one-line log message. */
export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  );
}
