// A long-lived helper process that answers one line per question: for a probe whose start-up is the
// expensive part (PowerShell compiling a P/Invoke signature takes a second or more), started once
// and asked every sample. Each question carries a number the helper echoes first, so an answer that
// arrives after its time box closed is never taken for the answer to a later question.
import { spawnHelper, type HelperProcess, type HelperSpawner } from './helper-process';
import { t } from '../../i18n/common/translate';

export interface LineHelperOptions {
  file: string;
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  /** After the helper dies, wait this long before starting it again, so a broken one is not respawned every sample. */
  restartDelayMs?: number;
  now?: () => number;
  spawn?: HelperSpawner;
}

interface Pending {
  resolve: (answer: string) => void;
  reject: (error: Error) => void;
}

export class LineHelper {
  private child: HelperProcess | null = null;
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
    if (!child) return Promise.reject(new Error(this.lastError || t('main.presence.reason.notRunning', { program: this.options.file })));
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      const onAbort = (): void => {
        this.pending.delete(id);
        reject(new Error(t('main.presence.reason.noAnswerInTime', { program: this.options.file })));
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
      child.write(`${id} ${question}\n`);
    });
  }

  dispose(): void {
    this.disposed = true;
    this.child?.kill();
    this.child = null;
    this.failAll(new Error(t('main.presence.reason.stopped', { program: this.options.file })));
  }

  private now(): number {
    return (this.options.now ?? (() => performance.now()))();
  }

  private ensureStarted(): HelperProcess | null {
    if (this.child || this.disposed) return this.child;
    if (this.now() - this.diedAt < (this.options.restartDelayMs ?? 5 * 60_000)) return null;
    this.starts++;
    const spawn = this.options.spawn ?? spawnHelper;
    // The helper exits when its standard input closes, i.e. when Limber does.
    const run: { child: HelperProcess | null; over: boolean } = { child: null, over: false };
    const child = spawn(
      this.options.file,
      this.options.args,
      { env: this.options.env, input: true },
      {
        onLine: (line) => this.onLine(line),
        onExit: (why) => {
          run.over = true;
          if (this.child !== run.child) return; // an earlier helper's last words
          this.child = null;
          this.diedAt = this.now();
          this.lastError = why;
          this.failAll(new Error(why));
        },
      },
    );
    run.child = child;
    // A helper that failed at once (a spawner may say so before returning) stays stopped.
    if (!run.over) this.child = child;
    return this.child;
  }

  private onLine(text: string): void {
    const m = /^(\d+) ?(.*)$/.exec(text.trim());
    const waiting = m ? this.pending.get(Number(m[1])) : undefined;
    if (!m || !waiting) return; // a late answer, or noise
    this.pending.delete(Number(m[1]));
    waiting.resolve(m[2] ?? '');
  }

  private failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(error);
  }
}
