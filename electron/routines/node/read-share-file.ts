import { open } from 'node:fs/promises';
import { READ_FLAGS, notAFile } from '../../base/node/fs-safe';
import { t } from '../../i18n/common/translate';
import { LibraryError } from '../common/library';

/** A routine file with 20 exercises, each with a 2 MB picture in base64, stays under this. */
export const SHARE_MAX_BYTES = 64 * 1024 * 1024;

/**
 * The routine file the person chose: a regular file only (no link, pipe or device), refused by its
 * size before a byte is read (a 1 GB file costs nothing), read as strict UTF-8.
 */
export async function readShareFile(path: string, maxBytes = SHARE_MAX_BYTES): Promise<string> {
  const bytes = await readChosenFile(path, maxBytes, () => new LibraryError(t('routines.share.tooLarge', { max: Math.round(maxBytes / (1024 * 1024)) })));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LibraryError(t('routines.share.notJson'));
  }
}

/**
 * A file the person chose in main's dialog, as bytes: a regular file only, never followed through a
 * link, and refused by its size (`tooLarge`) before a byte is read.
 */
export async function readChosenFile(path: string, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new LibraryError(t('routines.share.notAFile'));
    throw error;
  }
  try {
    const info = await handle.stat();
    if (notAFile(info)) throw new LibraryError(t('routines.share.notAFile'));
    if (info.size > maxBytes) throw tooLarge();
    const bytes = new Uint8Array(info.size);
    const { bytesRead } = await handle.read(bytes, 0, info.size, 0);
    return bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
