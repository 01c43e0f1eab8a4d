import { chmod, copyFile, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

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
export async function writeFileAtomic(filePath: string, content: string): Promise<void> {
  await ensurePrivateDir(dirname(filePath));
  await replaceAtomically(filePath, (tmp) => writePrivateFile(tmp, content));
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
