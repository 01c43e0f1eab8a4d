// Starts one long-lived helper program for a probe and turns what it prints into lines: shared by
// the question-and-answer helper (line-helper.ts, Windows' PowerShell) and the watchers that only
// listen (watched-process.ts: `pactl subscribe`, `gsettings monitor`, `gdbus monitor`). An argument
// list (never a shell), the C locale (the text we parse is never translated), unref'd so a helper
// never keeps Limber running, and killed when Limber exits however it exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { t } from '../../i18n/common/translate';
import { failureWords } from '../../base/common/os-failure';

export interface HelperEvents {
  /** One line of standard output, without its line break. */
  onLine(line: string): void;
  /** Called once, when the helper could not start or has ended; `why` is one sentence for a log. */
  onExit(why: string): void;
}

export interface HelperSpawnOptions {
  env: NodeJS.ProcessEnv;
  /** Keep a pipe to its standard input (for helpers that are asked questions). */
  input?: boolean;
}

export interface HelperProcess {
  /** Writes to its standard input; a write to a helper that just died is ignored (onExit tells). */
  write(text: string): void;
  kill(): void;
}

/** Starts a helper; replaceable so tests feed recorded output and the bench counts processes. */
export type HelperSpawner = (
  file: string,
  args: readonly string[],
  options: HelperSpawnOptions,
  events: HelperEvents,
) => HelperProcess;

/**
 * The longest line a watcher hands on, in characters. Every line a watcher means is short (an event,
 * a value); a helper that prints megabytes without a line break (or a client whose text it echoes)
 * would otherwise grow the buffer without end. The rest of an overlong line is read past, dropped.
 */
export const MAX_LINE_CHARS = 64 * 1024;

/** Feeds text in arbitrary chunks, calls `onLine` per complete line; `flush()` hands over the rest. */
export function lineSplitter(
  onLine: (line: string) => void,
  maxLineChars = MAX_LINE_CHARS,
): { push(text: string): void; flush(): void } {
  let buffer = '';
  /** Inside an overlong line: everything up to its line break is dropped. */
  let skipping = false;
  return {
    push(text) {
      let from = 0;
      let newline: number;
      while ((newline = text.indexOf('\n', from)) >= 0) {
        const line = buffer + text.slice(from, newline);
        buffer = '';
        from = newline + 1;
        if (skipping || line.length > maxLineChars) skipping = false;
        else onLine(line.replace(/\r$/, ''));
      }
      if (skipping) return;
      buffer += text.slice(from);
      if (buffer.length > maxLineChars) {
        buffer = '';
        skipping = true;
      }
    },
    flush() {
      const rest = buffer;
      buffer = '';
      if (rest && !skipping) onLine(rest.replace(/\r$/, ''));
      skipping = false;
    },
  };
}

/** Helpers alive right now: killed if Limber's process exits without disposing them (a crash, an exit()). */
const alive = new Set<ChildProcess>();
let exitHookInstalled = false;

function killAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of alive) child.kill();
  });
}

const STDERR_KEPT = 500;

export const spawnHelper: HelperSpawner = (file, args, { env, input = false }, events) => {
  let ended = false;
  let stderr = '';
  const end = (why: (program: string) => string): void => {
    if (ended) return;
    ended = true;
    alive.delete(child);
    const complaint = stderr.trim().split('\n')[0];
    events.onExit(`${why(file)}${complaint ? `: ${complaint}` : ''}`);
  };
  const child = spawn(file, [...args], {
    env: { ...env, LC_ALL: 'C', LANG: 'C' },
    stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    windowsHide: true,
  });
  const lines = lineSplitter((line) => {
    if (!ended) events.onLine(line);
  });
  child.stdout?.setEncoding('utf8').on('data', (text: string) => lines.push(text));
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr = (stderr + text).slice(-STDERR_KEPT)));
  child.stdin?.on('error', () => {}); // a write to a helper that just died: reported through onExit
  child.on('error', (error: NodeJS.ErrnoException) =>
    end((program) =>
      error.code === 'ENOENT' ? t('main.presence.reason.notInstalled', { program }) : t('main.presence.reason.couldNotStart', { program, detail: failureWords(`starting ${program}`, error) }),
    ),
  );
  // 'close' rather than 'exit': by then all it printed (its last words on stderr too) has been read.
  child.on('close', (code, signal) => {
    lines.flush();
    end((program) => t('main.presence.reason.exited', { program, how: signal ?? t('main.presence.reason.exitCode', { code: String(code) }) }));
  });
  if (child.pid !== undefined) {
    alive.add(child);
    killAllOnExit();
  }
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr])
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  return {
    write: (text) => {
      if (!ended) child.stdin?.write(text);
    },
    kill: () => {
      ended = true; // whatever it prints or says while dying is no longer news
      alive.delete(child);
      child.kill();
    },
  };
};
