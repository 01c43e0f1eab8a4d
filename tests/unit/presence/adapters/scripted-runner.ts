// A command runner that answers from a script keyed by "file arg arg…" and records every call.
import type { CommandOutput, CommandRunner } from '../../../../electron/presence/adapters/command';

export const ok = (stdout: string): CommandOutput => ({ code: 0, stdout, stderr: '' });

export function scripted(answers: Record<string, CommandOutput | Error | (() => CommandOutput | Error)>) {
  const calls: string[] = [];
  const run: CommandRunner = (file, args) => {
    const key = [file, ...args].join(' ');
    calls.push(key);
    const entry = answers[key];
    const answer = typeof entry === 'function' ? entry() : entry;
    if (answer === undefined) return Promise.reject(new Error(`unexpected command: ${key}`));
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { run, calls };
}
