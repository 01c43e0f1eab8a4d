import { constants, type Stats } from 'node:fs';
import { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

// The data-folder rules, in one place (issue 26): Limber's files are regular files only (a folder,
// a FIFO, a device or a symbolic link where settings.json or history.jsonl should be is moved aside,
// kept, and named in a notice, and Limber starts without it); nothing Limber opens there follows a
// symbolic link or waits on a FIFO; files are 0600 in a 0700 folder; whole-file writes are atomic
// (a temp file renamed over the old one); whatever is refused is kept, never deleted.

/** Never follow a symbolic link in the last part of the path (0 where the OS has no such flag). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
/** Never wait for a writer when opening a FIFO that was swapped in after the check. */
const NON_BLOCK = constants.O_NONBLOCK ?? 0;
/** Flags for reading a data file. */
export const READ_FLAGS = constants.O_RDONLY | NO_FOLLOW | NON_BLOCK;
/** Flags for reading and cutting a data file in place (the torn-tail repair). */
export const READ_WRITE_FLAGS = constants.O_RDWR | NO_FOLLOW | NON_BLOCK;
/** Flags for appending to a data file, creating it if missing. */
export const APPEND_FLAGS = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | NO_FOLLOW | NON_BLOCK;

/** What a path holds, in words for a notice; null for a regular file or nothing at all. */
export function notAFile(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isSymbolicLink()) return 'a symbolic link';
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** A data file that was not a regular file, and where it was moved. */
export interface SetAside {
  what: string;
  keptAt: string;
}

/**
 * If `filePath` holds anything but a regular file (a symbolic link is judged itself, not what it
 * points to), move it aside under a timestamped name, untouched, and say what it was; else null.
 */
export async function setAsideIfNotAFile(filePath: string, now: Date): Promise<SetAside | null> {
  let info: Stats;
  try {
    info = await lstat(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const what = notAFile(info);
  if (!what) return null;
  const keptAt = sidePath(filePath, 'not-a-file', now);
  await rename(filePath, keptAt); // renames the link, folder or pipe itself: nothing is followed
  return { what, keptAt };
}

/** Thrown by readDataFile for a file that is not a regular file or is larger than allowed. */
export class RefusedFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedFileError';
  }
}

/**
 * Read a whole data file as UTF-8 without following a link or waiting on a pipe, and only if it is
 * a regular file of at most `maxBytes` (a link to /dev/zero used to be read until memory ran out).
 * Missing: null.
 */
export async function readDataFile(filePath: string, maxBytes: number): Promise<string | null> {
  let handle;
  try {
    handle = await open(filePath, READ_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP') throw new RefusedFileError(`${basename(filePath)} is a symbolic link`);
    throw error;
  }
  try {
    const info = await handle.stat();
    const what = notAFile(info);
    if (what) throw new RefusedFileError(`${basename(filePath)} is ${what}`);
    if (info.size > maxBytes) throw new RefusedFileError(`${basename(filePath)} is larger than ${maxBytes} bytes`);
    return await handle.readFile({ encoding: 'utf8' });
  } finally {
    await handle.close();
  }
}

/**
 * Settings and history are personal health data: only their owner may read them. Every file
 * Limber writes in the user-data folder gets this mode, on creation and on every rewrite.
 */
export const PRIVATE_FILE_MODE = 0o600;
/** The mode of a user-data folder Limber creates itself. */
export const PRIVATE_DIR_MODE = 0o700;

/** A filesystem-safe timestamp for the names of files kept aside: 2026-11-24T21-05-33-120Z. */
export function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Create the user-data folder 0700 if it is missing. A folder that already exists is left as it
 * is: it belongs to whoever made it (Electron makes its own 0700; a user may have chosen a shared
 * location on purpose), and changing the mode of a folder we did not create could lock out
 * something else that lives there. Our files are private by their own mode either way.
 */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/**
 * Keep a bad file next to the original under a timestamped name, never deleting it, so a user (or
 * support) can still recover what was in it. `mode: 'move'` takes it out of the way; `'copy'`
 * leaves the original for a repair to overwrite atomically afterwards. The copy is private too.
 */
export async function keepAside(
  filePath: string,
  reason: string,
  now: Date,
  mode: 'move' | 'copy' = 'move',
): Promise<string> {
  const target = sidePath(filePath, reason, now);
  if (mode === 'move') await rename(filePath, target);
  else {
    await copyFile(filePath, target);
    await chmod(target, PRIVATE_FILE_MODE);
  }
  return target;
}

/** `dir/history.torn-<stamp>.jsonl` for `dir/history.jsonl`. */
export function sidePath(filePath: string, reason: string, now: Date): string {
  const ext = extname(filePath);
  return join(dirname(filePath), `${basename(filePath, ext)}.${reason}-${stamp(now)}${ext}`);
}

/** Our own temp-file name: `<file>.<pid>.<ms>.tmp`. cleanStaleTemps recognises exactly this. */
export const tempPathFor = (filePath: string) => `${filePath}.${process.pid}.${Date.now()}.tmp`;

/** Write a new private file (fails if it exists), fsynced. */
export async function writePrivateFile(filePath: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(filePath, 'wx', PRIVATE_FILE_MODE);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Write a whole file so that a crash leaves either the old or the new content, never half. The
 * new file is 0600 whatever the old one was, so a repair never widens access.
 */
export async function writeFileAtomic(filePath: string, content: string | Uint8Array): Promise<void> {
  await ensurePrivateDir(dirname(filePath));
  await replaceAtomically(filePath, (tmp) => writePrivateFile(tmp, content));
}

/**
 * writeFileAtomic for content that arrives in chunks (an export of a long history): each chunk is
 * written as it comes, so the whole text is never held at once.
 */
export async function writeChunksAtomic(filePath: string, chunks: AsyncIterable<string>): Promise<void> {
  await ensurePrivateDir(dirname(filePath));
  await replaceAtomically(filePath, async (tmp) => {
    const handle = await open(tmp, 'wx', PRIVATE_FILE_MODE);
    try {
      for await (const chunk of chunks) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/** Fill a private temp file with `fill`, then rename it over `filePath`; the temp never outlives a failure. */
export async function replaceAtomically(filePath: string, fill: (tmpPath: string) => Promise<void>): Promise<void> {
  const tmp = tempPathFor(filePath);
  try {
    await fill(tmp);
    // open()'s mode is reduced by the umask; chmod is not, so the file is exactly 0600.
    await chmod(tmp, PRIVATE_FILE_MODE);
    await rename(tmp, filePath);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Temp names our writers leave behind if the process dies mid-write. */
function isOurTemp(name: string, fileName: string): boolean {
  if (!name.startsWith(`${fileName}.`)) return false;
  const rest = name.slice(fileName.length + 1);
  // writeFileAtomic / replaceAtomically above, and `atomically` (conf / electron-store's writer).
  return /^\d+\.\d+\.tmp$/.test(rest) || /^tmp-\d{10}[0-9a-f]{6}$/.test(rest);
}

export const STALE_TEMP_AGE_MS = 60_000;

/**
 * Remove temp files of `fileName` left by an interrupted write. Only names our writers produce,
 * and only those older than a minute: a younger one may belong to a write in progress (another
 * Limber process starting, or conf mid-rename). Returns the names removed.
 */
export async function cleanStaleTemps(dir: string, fileName: string, now: Date): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names.filter((n) => isOurTemp(n, fileName))) {
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (!info.isFile() || now.getTime() - info.mtimeMs < STALE_TEMP_AGE_MS) continue;
      await rm(path);
      removed.push(name);
    } catch {
      // Gone already (another cleaner), or not removable: neither is worth failing start-up over.
    }
  }
  return removed;
}
