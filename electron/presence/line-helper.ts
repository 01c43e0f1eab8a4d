// A long-lived helper process that answers one line per question: for a probe whose start-up is the
// expensive part (PowerShell compiling a P/Invoke signature takes a second or more), started once
// and asked every sample. Each question carries a number the helper echoes first, so an answer that
// arrives after its time box closed is never taken for the answer to a later question.
import { spawn, type ChildProcess } from 'node:child_process';

export interface LineHelperOptions {
  file: string;
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  /** After the helper dies, wait this long before starting it again, so a broken one is not respawned every sample. */
  restartDelayMs?: number;
  now?: () => number;
}

interface Pending {
  resolve: (answer: string) => void;
  reject: (error: Error) => void;
}

export class LineHelper {
  private child: ChildProcess | null = null;
  private buffer = '';
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private diedAt = -Infinity;
  private lastError = '';
  private disposed = false;
  /** Processes started so far (for the bench). */
  starts = 0;

  constructor(private readonly options: LineHelperOptions) {}

  /** Sends `question`, resolves with the rest of the line the helper answers with. */
  ask(question: string, signal: AbortSignal): Promise<string> {
    const child = this.ensureStarted();
    if (!child?.stdin) return Promise.reject(new Error(this.lastError || `${this.options.file} is not running`));
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      const onAbort = (): void => {
        this.pending.delete(id);
        reject(new Error(`${this.options.file} did not answer in time`));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        },
        reject: (error) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      });
      child.stdin?.write(`${id} ${question}\n`);
    });
  }

  dispose(): void {
    this.disposed = true;
    this.child?.kill();
    this.child = null;
    this.failAll(new Error(`${this.options.file} was stopped`));
  }

  private ensureStarted(): ChildProcess | null {
    if (this.child || this.disposed) return this.child;
    const now = (this.options.now ?? (() => performance.now()))();
    if (now - this.diedAt < (this.options.restartDelayMs ?? 5 * 60_000)) return null;
    this.starts++;
    const child = spawn(this.options.file, [...this.options.args], {
      env: this.options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    this.child = child;
    this.buffer = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => this.onOutput(text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr = (stderr + text).slice(-500)));
    child.stdin.on('error', () => {}); // a write to a helper that just died: reported through 'exit'
    const died = (why: string): void => {
      if (this.child !== child) return;
      this.child = null;
      this.diedAt = (this.options.now ?? (() => performance.now()))();
      this.lastError = `${this.options.file} ${why}${stderr.trim() ? `: ${stderr.trim().split('\n')[0]}` : ''}`;
      this.failAll(new Error(this.lastError));
    };
    child.on('error', (error: NodeJS.ErrnoException) =>
      died(error.code === 'ENOENT' ? 'is not installed' : `could not start (${error.message})`),
    );
    child.on('exit', (code, signal) => died(`exited (${signal ?? `code ${code}`})`));
    // The helper must never keep Limber from quitting; it exits when its stdin closes.
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr])
      (stream as unknown as { unref?: () => void }).unref?.();
    return child;
  }

  private onOutput(text: string): void {
    this.buffer += text;
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline).trim();
      this.buffer = this.buffer.slice(newline + 1);
      const m = /^(\d+) ?(.*)$/.exec(line);
      const waiting = m ? this.pending.get(Number(m[1])) : undefined;
      if (!m || !waiting) continue; // a late answer, or noise
      this.pending.delete(Number(m[1]));
      waiting.resolve(m[2] ?? '');
    }
  }

  private failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(error);
  }
}
