import type { Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { READ_FLAGS } from '../../base/node/fs-safe';
import { t } from '../../i18n/common/translate';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../common/transfer';

// Main reads an import itself, from the file the person chose in main's own dialog (issue 26: the
// page used to send the whole text, up to 20 MB, through IPC, and main copied it per message). The
// read is bounded: a regular file only (a symbolic link, FIFO, device, socket or folder is refused
// with its name, and opening never follows a link nor waits on a FIFO), at most MAX_IMPORT_BYTES,
// counted as the bytes arrive (a file that grows after the size check is refused too), read in
// chunks that each let main answer other calls, and decoded as strict UTF-8.

/** Read in pieces this large: each is one turn of the event loop, and one step of the decoder. */
export const READ_CHUNK_BYTES = 1024 * 1024;

/** The text, and how many bytes of UTF-8 it took in the file. */
export type ImportText = { ok: true; text: string; bytes: number } | { ok: false; error: string };

type Kind = 'link' | 'folder' | 'pipe' | 'device' | 'socket' | 'other';
function kindOf(info: Stats): Kind | null {
  if (info.isFile()) return null;
  if (info.isSymbolicLink()) return 'link';
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'other';
}

const refused = (error: string): ImportText => ({ ok: false, error });
const notAFile = (filePath: string, kind: Kind) => refused(t('history.transfer.notAFile', { name: basename(filePath), kind }));

/** The text of the import file at `filePath`, or why it was refused, in words. */
export async function readImportFile(filePath: string, maxBytes = MAX_IMPORT_BYTES): Promise<ImportText> {
  let handle: FileHandle;
  try {
    handle = await open(filePath, READ_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    // O_NOFOLLOW: a link in the last part of the path fails with ELOOP (EMLINK on FreeBSD).
    if (code === 'ELOOP' || code === 'EMLINK') return notAFile(filePath, 'link');
    if (code === 'ENXIO') return notAFile(filePath, 'pipe'); // a FIFO with no writer, opened non-blocking
    return refused(t('history.transfer.unreadable', { reason: code }));
  }
  try {
    const info = await handle.stat();
    const kind = kindOf(info);
    if (kind) return notAFile(filePath, kind);
    if (info.size > maxBytes) return refused(tooLargeMessage());
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const parts: string[] = [];
    const buffer = Buffer.alloc(Math.min(READ_CHUNK_BYTES, maxBytes + 1));
    let total = 0;
    for (;;) {
      // One byte more than allowed may be read: that byte is how a file that grew is told apart.
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, maxBytes + 1 - total), null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return refused(tooLargeMessage());
      parts.push(decoder.decode(buffer.subarray(0, bytesRead), { stream: true }));
    }
    parts.push(decoder.decode());
    return { ok: true, text: parts.join(''), bytes: total };
  } catch (error) {
    if (error instanceof TypeError) return refused(t('history.transfer.notText'));
    return refused(t('history.transfer.unreadable', { reason: (error as NodeJS.ErrnoException).code ?? 'error' }));
  } finally {
    await handle.close();
  }
}
