import { join } from 'node:path';
import { cleanStaleTemps, ensurePrivateDir, keepAside, readDataFile, RefusedFileError, setAsideIfNotAFile, writeFileAtomic } from '../../base/node/fs-safe';
import { errorMessage } from '../../base/common/error-message';
import { t } from '../../i18n/common/translate';
import { checkLibrary, LibraryError } from '../common/library';
import { emptyLibrary, type OwnLibrary } from '../common/own-schema';
import { publishLibrary } from '../common/to-catalogue';

export const ROUTINES_FILE = 'routines.json';
/** 200 exercises and 100 routines at their longest are under 1 MiB of JSON; images live apart. */
export const ROUTINES_MAX_BYTES = 2 * 1024 * 1024;

export interface RoutinesStore {
  get(): OwnLibrary;
  /**
   * Applies a change (a pure function of the library that throws LibraryError when refused), writes
   * the result atomically, and only then makes it the one in use: a refused change or a failed
   * write leaves the stored library and the catalogue exactly as they were.
   */
  update(change: (library: OwnLibrary) => OwnLibrary): Promise<OwnLibrary>;
  onChange(listener: (library: OwnLibrary) => void): () => void;
  /** Set when the file could not be read at start: it was kept aside under a new name, never deleted. */
  readonly recovery: { message: string; keptAt: string } | null;
}

/** The own library loaded (a damaged or foreign file kept aside, then an empty library), and published to the catalogue. */
export async function openRoutines(dir: string, now: () => Date, log: (m: string) => void = () => {}): Promise<RoutinesStore> {
  const path = join(dir, ROUTINES_FILE);
  await ensurePrivateDir(dir);
  await cleanStaleTemps(dir, ROUTINES_FILE, now()).catch(() => []);
  let recovery: RoutinesStore['recovery'] = null;
  let library = emptyLibrary();
  const keep = async (reason: string) => {
    const keptAt = await keepAside(path, reason, now());
    recovery = { keptAt, message: t('routines.store.recovered', { file: keptAt.split(/[\\/]/).pop() ?? keptAt }) };
    log(`routines file kept aside as ${keptAt}`);
  };
  try {
    const set = await setAsideIfNotAFile(path, now());
    if (set) recovery = { keptAt: set.keptAt, message: t('routines.store.recovered', { file: set.keptAt.split(/[\\/]/).pop() ?? set.keptAt }) };
    const text = set ? null : await readDataFile(path, ROUTINES_MAX_BYTES);
    if (text !== null) library = checkLibrary(JSON.parse(text) as OwnLibrary);
  } catch (error) {
    // A file error (no permission) is not the file's fault: it stops start-up rather than hiding it.
    if (error instanceof RefusedFileError) await keep('refused');
    else if ((error as NodeJS.ErrnoException).code !== undefined) throw error;
    else await keep('damaged'); // not JSON, too deep, or not a library this version can read

  }
  publishLibrary(library);

  const listeners = new Set<(library: OwnLibrary) => void>();
  // One change at a time: each starts from the library the previous one left.
  let queue: Promise<unknown> = Promise.resolve();
  const update = (change: (library: OwnLibrary) => OwnLibrary): Promise<OwnLibrary> => {
    const run = queue.then(async () => {
      const next = checkLibrary(change(library)); // whatever the change, only a sound library is stored
      try {
        await writeFileAtomic(path, JSON.stringify(next, null, 1) + '\n');
      } catch (error) {
        log(`routines write failed: ${errorMessage(error)}`);
        throw new LibraryError(t('routines.error.notSaved'));
      }
      library = next;
      publishLibrary(library);
      for (const listener of listeners) listener(library);
      return library;
    });
    queue = run.catch(() => {});
    return run;
  };
  return {
    get: () => library,
    update,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get recovery() {
      return recovery;
    },
  };
}
