import { copyFile, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** A filesystem-safe timestamp for the names of files kept aside: 2026-11-24T21-05-33-120Z. */
export function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Keep a bad file next to the original under a timestamped name, never deleting it, so a user (or
 * support) can still recover what was in it. `mode: 'move'` takes it out of the way; `'copy'`
 * leaves the original for a repair to overwrite atomically afterwards.
 */
export async function keepAside(
  filePath: string,
  reason: string,
  now: Date,
  mode: 'move' | 'copy' = 'move',
): Promise<string> {
  const ext = extname(filePath);
  const base = basename(filePath, ext);
  const target = join(dirname(filePath), `${base}.${reason}-${stamp(now)}${ext}`);
  if (mode === 'move') await rename(filePath, target);
  else await copyFile(filePath, target);
  return target;
}

/** Write a whole file so that a crash leaves either the old or the new content, never half. */
export async function writeFileAtomic(filePath: string, content: string): Promise<void> {
  await mkdir(dirname(filePath), { recursive: true });
  const tmp = `${filePath}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, filePath);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
