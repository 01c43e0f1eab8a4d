// Guards every settings write while Limber runs (issue 26). The backend (conf / electron-store)
// reads the file before each write, so a file damaged meanwhile made every later save fail until a
// restart, and a hand edit made meanwhile was silently overwritten. Before each write the file is
// compared with what Limber last wrote: an edit by hand is copied aside first (kept, and the user
// told where); a damaged file is copied aside too and replaced by the settings Limber holds, and
// the write is tried once more. Synchronous, as the backend is: the file is a few KB.
import { chmodSync, copyFileSync, lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { PRIVATE_FILE_MODE, sidePath, tempPathFor } from '../../base/node/fs-safe';

/** What the file looked like after Limber's own last write. */
interface Signature {
  size: number;
  mtimeMs: number;
  ino: number;
}

function signature(filePath: string): Signature | null {
  try {
    const info = lstatSync(filePath);
    return { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino };
  } catch {
    return null;
  }
}

const same = (a: Signature | null, b: Signature | null) =>
  a === b || (a !== null && b !== null && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino);

/** Copy a file aside, 0600, under a timestamped name; the copy's path. */
function copyAside(filePath: string, reason: string, now: Date): string {
  const target = sidePath(filePath, reason, now);
  copyFileSync(filePath, target);
  chmodSync(target, PRIVATE_FILE_MODE);
  return target;
}

/** Temp file + rename, 0600: a crash leaves the old file or the new, never half. */
function writeAtomicSync(filePath: string, text: string): void {
  const tmp = tempPathFor(filePath);
  try {
    writeFileSync(tmp, text, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
    chmodSync(tmp, PRIVATE_FILE_MODE);
    renameSync(tmp, filePath);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

export interface SettingsFileGuard {
  /**
   * Runs `write` (one backend write) safely: `held` is what Limber holds now, written back if the
   * file was found damaged. `tell` hears one sentence when a file was kept aside.
   */
  write(write: () => void, held: unknown): void;
}

export function guardSettingsFile(
  filePath: string,
  tell: (id: string, message: string) => void,
  now: () => Date = () => new Date(),
): SettingsFileGuard {
  let known = signature(filePath);
  return {
    write(write, held) {
      const found = signature(filePath);
      if (found && known && !same(found, known)) {
        const keptAt = copyAside(filePath, 'edited', now());
        tell(
          'settings-edited',
          `Your settings file was changed outside Limber while it ran. Your version was kept as ${keptAt}; Limber saved the settings it shows over it.`,
        );
      }
      try {
        write();
      } catch {
        // Unreadable now (damaged while Limber ran): keep it, put back what Limber holds, retry once.
        const keptAt = found ? copyAside(filePath, 'damaged', now()) : null;
        writeAtomicSync(filePath, `${JSON.stringify(held, null, '\t')}\n`);
        write();
        if (keptAt)
          tell('settings-damaged', `Your settings file was damaged while Limber ran. It was kept as ${keptAt} and replaced by your current settings.`);
      }
      known = signature(filePath);
    },
  };
}
