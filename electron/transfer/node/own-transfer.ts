import { LibraryError } from '../../routines/common/library';
import { mergeLibrary } from '../../routines/common/merge-import';
import type { OwnExercise, OwnLibrary } from '../../routines/common/own-schema';
import type { ImageStore } from '../../routines/node/image-store';
import type { RoutinesStore } from '../../routines/node/routines-store';
import type { OwnExport } from '../common/export-json';
import type { ExportedImage, OwnImport } from '../common/own-import';

/**
 * The own library's side of the full data export (issue 24): its pictures read from the data
 * folder into the export, and an import's pictures stored there before its exercises point at them.
 */

const imageIdOf = (e: OwnExercise) => (e.picture?.kind === 'image' ? e.picture.imageId : null);

/**
 * The library and its pictures as the export writes them. A picture that cannot be read back (gone,
 * damaged) leaves its exercise without one, so the export always imports again; the pictures are
 * read once here to know, and again one at a time as they are written.
 */
export async function ownExport(library: OwnLibrary, images: ImageStore): Promise<OwnExport> {
  const wanted = [...new Set(library.exercises.map(imageIdOf).filter((id): id is string => id !== null))];
  const readable = new Set<string>();
  for (const id of wanted) if (await images.get(id).catch(() => null)) readable.add(id);
  const exercises = library.exercises.map((e) => {
    const id = imageIdOf(e);
    if (id === null || readable.has(id)) return e;
    const { picture: _gone, ...rest } = e;
    return rest;
  });
  async function* pictures(): AsyncGenerator<ExportedImage> {
    for (const id of readable) {
      const image = await images.get(id).catch(() => null);
      if (image) yield { id, type: image.type, data: Buffer.from(image.bytes).toString('base64') };
    }
  }
  return { library: { ...library, exercises }, images: pictures() };
}

/**
 * The import's pictures stored (by their content, so one already there is not stored twice), its
 * exercises pointed at them, then merged into the library as it is now: all or nothing. Null when
 * the merge is refused now (the library changed since the preview); nothing stored changed then
 * but pictures no exercise uses.
 */
export async function applyOwnImport(
  own: { store: RoutinesStore; images: ImageStore; freshId: () => string },
  file: OwnImport,
  log: (message: string) => void = () => {},
): Promise<{ ids: ReadonlyMap<string, string>; added: number } | null> {
  const stored = new Map<string, string>();
  for (const image of file.images) stored.set(image.id, (await own.images.put(new Uint8Array(Buffer.from(image.data, 'base64')))).id);
  const exercises = file.exercises.map((e) => {
    const id = imageIdOf(e);
    return id === null ? e : { ...e, picture: { kind: 'image' as const, imageId: stored.get(id) ?? id } };
  });
  let result: { ids: ReadonlyMap<string, string>; added: number } | null = null;
  try {
    await own.store.update((library) => {
      const merge = mergeLibrary(library, { exercises, routines: file.routines }, own.freshId);
      result = { ids: merge.ids, added: merge.added.exercises.length + merge.added.routines.length };
      return merge.library;
    });
  } catch (error) {
    if (!(error instanceof LibraryError)) throw error;
    log(`own library import refused at apply: ${error.message}`);
    return null;
  }
  return result;
}
