import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { READ_FLAGS } from '../../base/node/fs-safe';
import { OwnLibrarySchema } from '../common/own-schema';
import { ROUTINES_FILE, ROUTINES_MAX_BYTES } from './routines-store';

/**
 * The own routines' ids and names, read synchronously before `ready`: the first `limber --start
 * "My physio routine"` is checked before the routines store exists. Only a regular file within the
 * store's size limit that passes the schema counts; anything else is "no own routines" (the store
 * reports the file itself once it opens).
 */
export function ownRoutineNamesAtLaunch(userDataDir: string): Array<{ id: string; name: string }> {
  let fd: number | null = null;
  try {
    fd = openSync(join(userDataDir, ROUTINES_FILE), READ_FLAGS);
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > ROUTINES_MAX_BYTES) return [];
    const buffer = Buffer.alloc(info.size);
    const read = readSync(fd, buffer, 0, info.size, 0);
    const parsed = OwnLibrarySchema.safeParse(JSON.parse(buffer.subarray(0, read).toString('utf8')));
    return parsed.success ? parsed.data.routines.map((r) => ({ id: r.id, name: r.name })) : [];
  } catch {
    return [];
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
