import { constants } from 'node:fs';
import { lstat, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PRIVATE_FILE_MODE } from './fs-safe';

/**
 * Limber's diagnostics, kept in the user-data folder as well as on stderr: a tray app started from
 * a desktop entry or at login has no terminal, so without a file a bug report has nothing to show.
 * Bounded three ways, because the text can come from other processes (process names, window
 * classes, audio client names): each line is cut and its control characters escaped, the file is
 * rotated at a size (one previous file kept, so at most twice that on disk), and lines that arrive
 * while a write is under way wait in a queue that drops its oldest when it is full.
 */
export const LOG_FILE = 'limber.log';
export const LOG_MAX_BYTES = 512 * 1024;
export const LOG_LINE_MAX = 1_000;
export const LOG_QUEUE_MAX = 200;

export interface LogFileOptions {
  dir: string;
  maxBytes?: number;
  now?: () => Date;
}

/** One line as written: ISO time, the message, newlines and other control characters escaped. */
export function formatLogLine(date: Date, message: string, error?: unknown): string {
  const detail = error === undefined || error === '' ? '' : `: ${describe(error)}`;
  // eslint-disable-next-line no-control-regex -- escaping control characters is this line's job
  let text = (message + detail).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (text.length > LOG_LINE_MAX) text = `${text.slice(0, LOG_LINE_MAX)}… (${text.length - LOG_LINE_MAX} more characters)`;
  return `${date.toISOString()} ${text}\n`;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

export class LogFile {
  readonly path: string;
  private readonly previousPath: string;
  private readonly maxBytes: number;
  private readonly now: () => Date;
  private readonly queue: string[] = [];
  private dropped = 0;
  private writing: Promise<void> | null = null;
  private size: number | null = null;
  /** Set once the file cannot be written (a directory in its place, a read-only disk): stderr only. */
  private broken = false;

  constructor({ dir, maxBytes = LOG_MAX_BYTES, now = () => new Date() }: LogFileOptions) {
    this.path = join(dir, LOG_FILE);
    this.previousPath = join(dir, 'limber.1.log');
    this.maxBytes = maxBytes;
    this.now = now;
  }

  /** Never throws and never waits: the line is queued and written in the background. */
  write(message: string, error?: unknown): void {
    if (this.broken) return;
    if (this.queue.length >= LOG_QUEUE_MAX) {
      this.queue.shift();
      this.dropped++;
    }
    this.queue.push(formatLogLine(this.now(), message, error));
    this.writing ??= this.drain().finally(() => (this.writing = null));
  }

  /** Resolves once every queued line is on disk (for tests and a clean quit). */
  async flushed(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0 && !this.broken) {
      let lines = this.queue.splice(0, this.queue.length).join('');
      if (this.dropped > 0) {
        lines = formatLogLine(this.now(), `(${this.dropped} log lines dropped: they came faster than the disk took them)`) + lines;
        this.dropped = 0;
      }
      try {
        await this.append(lines);
      } catch {
        this.broken = true;
      }
    }
  }

  private async append(text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    this.size ??= await this.currentSize();
    if (this.size > 0 && this.size + bytes.length > this.maxBytes) {
      await rm(this.previousPath, { force: true });
      await rename(this.path, this.previousPath);
      this.size = 0;
    }
    // O_NOFOLLOW: a link planted at limber.log is refused, never written through.
    const handle = await open(this.path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, PRIVATE_FILE_MODE);
    try {
      if (!(await handle.stat()).isFile()) throw new Error(`${this.path} is not a regular file`);
      await handle.write(bytes);
      this.size += bytes.length;
    } finally {
      await handle.close();
    }
  }

  private async currentSize(): Promise<number> {
    try {
      const info = await lstat(this.path);
      return info.isFile() ? info.size : 0;
    } catch {
      return 0;
    }
  }
}
