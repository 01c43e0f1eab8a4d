import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../ipc/node/router';
import { errorMessage } from '../../base/common/error-message';
import { LibraryError } from '../common/library';
import { exportRoutine, parseShareFile, planImport, type ShareFile } from '../common/share-format';
import { checkImage } from '../common/image-check';
import type { ImportPreview } from '../common/routines-channels';
import type { ImageStore } from './image-store';
import { readShareFile } from './read-share-file';
import { newOwnId } from './routines-handlers';
import type { RoutinesStore } from './routines-store';

export type ShareHandlers = Pick<Handlers, 'routines:export' | 'routines:preview-import' | 'routines:apply-import'>;

export interface ShareDeps {
  store: RoutinesStore;
  images: ImageStore;
  saveFile: (suggestedName: string, content: AsyncIterable<string>) => Promise<string | null>;
  chooseFile: () => Promise<string | null>;
  log: (message: string) => void;
}

/** One chunk, as the save dialog's writer takes an export's chunks. */
const once = (text: string): AsyncIterable<string> => ({
  [Symbol.asyncIterator]: () => {
    let done = false;
    return { next: () => Promise.resolve(done ? { done: true as const, value: undefined } : ((done = true), { done: false as const, value: text })) };
  },
});
const decode = (data: string) => new Uint8Array(Buffer.from(data, 'base64'));

/** The file's pictures checked, and its exercises pointed at them by the ids they are stored under. */
async function storeImages(file: ShareFile, images: ImageStore | null): Promise<ShareFile> {
  const ids = new Map<string, string>();
  for (const [id, image] of Object.entries(file.images)) {
    const bytes = decode(image.data);
    ids.set(id, images ? (await images.put(bytes)).id : (checkImage(bytes), id));
  }
  const exercises = file.exercises.map((e) => (e.picture?.kind === 'image' ? { ...e, picture: { kind: 'image' as const, imageId: ids.get(e.picture.imageId) ?? e.picture.imageId } } : e));
  const renamed = Object.fromEntries(Object.entries(file.images).map(([id, image]) => [ids.get(id)!, image]));
  return { ...file, exercises, images: renamed };
}

/** Share a routine as one file, and import one in two steps: a preview of what it adds, then the change. */
export function createShareHandlers({ store, images, saveFile, chooseFile, log }: ShareDeps): ShareHandlers {
  let pending: { token: string; file: ShareFile } | null = null;
  const refused = (error: unknown) => {
    if (error instanceof LibraryError) return { ok: false as const, message: error.message };
    log(`routine import failed: ${errorMessage(error)}`);
    throw error;
  };
  return {
    'routines:export': async (routineId) => {
      const library = store.get();
      const routine = library.routines.find((r) => r.id === routineId);
      if (!routine) return null;
      const embedded: ShareFile['images'] = {};
      for (const e of library.exercises) {
        if (e.picture?.kind !== 'image' || !routine.steps.some((s) => s.exerciseId === e.id)) continue;
        const image = await images.get(e.picture.imageId);
        if (image) embedded[e.picture.imageId] = { type: image.type, data: Buffer.from(image.bytes).toString('base64') };
      }
      const file = exportRoutine(library, routineId, embedded);
      const name = routine.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'routine';
      return saveFile(`${name}.limber-routine.json`, once(JSON.stringify(file, null, 2) + '\n'));
    },
    'routines:preview-import': async (): Promise<ImportPreview | null> => {
      pending = null;
      const path = await chooseFile();
      if (path === null) return null;
      try {
        const file = await storeImages(parseShareFile(await readShareFile(path)), null);
        const plan = planImport(store.get(), file, newOwnId);
        pending = { token: randomUUID(), file };
        return { ok: true, token: pending.token, routine: plan.routine, exercises: plan.exercises, images: Object.keys(file.images).length };
      } catch (error) {
        return refused(error);
      }
    },
    'routines:apply-import': async (token) => {
      if (!pending || pending.token !== token) return null;
      const { file } = pending;
      pending = null;
      try {
        const stored = await storeImages(file, images);
        let added = '';
        await store.update((library) => {
          const plan = planImport(library, stored, newOwnId);
          added = plan.routine.name;
          return plan.library;
        });
        return { ok: true as const, routine: added };
      } catch (error) {
        return refused(error);
      }
    },
  };
}
