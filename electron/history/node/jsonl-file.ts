import { open, type FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { APPEND_FLAGS, PRIVATE_FILE_MODE, READ_FLAGS, READ_WRITE_FLAGS, sidePath, writePrivateFile } from '../../base/node/fs-safe';

/**
 * The byte-level side of history.jsonl: every line is one JSON object ending in '\n'. These
 * functions keep that true through crashes, full disks and hand edits, and never hold the whole
 * file in memory.
 */

export type TailRepair =
  | { kind: 'clean' }
  /** The last line was a whole record without its newline (an editor, a crash after the record): newline added. */
  | { kind: 'newline-added' }
  /** The last line was cut mid-write: its bytes were copied to `keptAt`, then cut off the file. */
  | { kind: 'torn'; keptAt: string; bytes: number };

const NEWLINE = 0x0a;
const CHUNK = 64 * 1024;

export const isWholeJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** True if the file is missing, empty or ends in '\n' (nothing for repairTail to do). */
export async function endsClean(path: string): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return true;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] === NEWLINE;
  } finally {
    await handle.close();
  }
}

/** Offset just after the last '\n' before `end` (0 if there is none), reading backwards in chunks. */
async function lastLineStart(handle: FileHandle, end: number): Promise<number> {
  const buffer = Buffer.alloc(CHUNK);
  let pos = end;
  while (pos > 0) {
    const from = Math.max(0, pos - CHUNK);
    const { bytesRead } = await handle.read(buffer, 0, pos - from, from);
    const at = buffer.subarray(0, bytesRead).lastIndexOf(NEWLINE);
    if (at >= 0) return from + at + 1;
    pos = from;
  }
  return 0;
}

/**
 * Make the file end in '\n' so the next append starts a line of its own instead of being glued
 * onto a broken one (which would cost both records on the next start). A whole JSON value just
 * lacks its newline; anything else is a torn write, kept byte for byte in a side file and cut off.
 */
export async function repairTail(path: string, now: Date): Promise<TailRepair> {
  let handle: FileHandle;
  try {
    handle = await open(path, READ_WRITE_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'clean' };
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return { kind: 'clean' };
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    if (last[0] === NEWLINE) return { kind: 'clean' };

    const start = await lastLineStart(handle, size);
    const tail = Buffer.alloc(size - start);
    await handle.read(tail, 0, tail.length, start);
    if (isWholeJson(tail.toString('utf8'))) {
      await handle.write('\n', size);
      await handle.sync();
      return { kind: 'newline-added' };
    }
    const keptAt = sidePath(path, 'torn', now);
    await writePrivateFile(keptAt, tail);
    await handle.truncate(start);
    await handle.sync();
    return { kind: 'torn', keptAt, bytes: tail.length };
  } finally {
    await handle.close();
  }
}

/** The file's lines, one at a time, without reading it all into memory. Missing file: no lines. */
export async function* readLines(path: string): AsyncGenerator<string> {
  let handle: FileHandle;
  try {
    handle = await open(path, READ_FLAGS); // never through a link (to /dev/zero, say), never a pipe
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const stream = handle.createReadStream({ encoding: 'utf8', highWaterMark: CHUNK });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } finally {
    lines.close();
    stream.destroy();
    await handle.close().catch(() => undefined); // the stream may have closed it already
  }
}

/** How bytes reach the file; a seam so tests can make a write fail halfway. */
export type WriteAll = (handle: FileHandle, text: string) => Promise<void>;
export const writeAll: WriteAll = (handle, text) => handle.writeFile(text, 'utf8');

/**
 * Append `text` (whole lines) in one write, all or nothing: if the write or its fsync fails, the
 * file is cut back to its previous length, so a caller that reports "nothing was changed" is
 * telling the truth. Should even the cut fail, the partial line is a torn tail that the next
 * repairTail keeps aside.
 */
export async function appendAllOrNothing(path: string, text: string, write: WriteAll = writeAll): Promise<void> {
  const handle = await open(path, APPEND_FLAGS, PRIVATE_FILE_MODE);
  try {
    const { size } = await handle.stat();
    try {
      await write(handle, text);
      await handle.sync();
    } catch (error) {
      try {
        await handle.truncate(size);
        await handle.sync();
      } catch {
        // The original error is the one worth reporting; the tail repair covers what is left.
      }
      throw error;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Tighten an existing history file written by an older version (0644) to owner-only. Best effort:
 * a file we may not chmod (another owner, a read-only mount) is still one we can try to use.
 */
export async function makePrivate(path: string): Promise<void> {
  try {
    // Through a handle opened without following links: a link's target is never chmod-ed.
    const handle = await open(path, READ_FLAGS);
    try {
      await handle.chmod(PRIVATE_FILE_MODE);
    } finally {
      await handle.close();
    }
  } catch {
    // Missing (a first start), a link, or not ours to change: either way, carry on.
  }
}
