import { z } from 'zod';
import '../../base/common/validation-messages';
import { IMAGE_ID } from '../../exercises/common/schema';
import { t } from '../../i18n/common/translate';
import { checkImage, IMAGE_MAX_BYTES } from '../../routines/common/image-check';
import { LibraryError } from '../../routines/common/library';
import { mergeLibrary, type LibraryMerge, type MergeName } from '../../routines/common/merge-import';
import { OWN_BOUNDS, OWN_LIBRARY_VERSION, OwnExerciseSchema, OwnRoutineSchema, type OwnExercise, type OwnLibrary, type OwnRoutine } from '../../routines/common/own-schema';
import type { SettingsPatch } from '../../settings/common/schema';
import { FORBIDDEN_KEYS, MAX_PIECE_CHARS, type ListBounds } from './export-pieces';

/**
 * The person's own exercises, routines and pictures in a full data export (issue 24): three lists
 * beside the history, each item its own bounded piece (export-pieces.ts), checked by the schemas
 * the app stores with, and merged by the share import's rules (routines/common/merge-import.ts).
 */
export const OWN_KEYS = { exercises: 'ownExercises', routines: 'ownRoutines', images: 'ownImages' } as const;
/** A picture is at most IMAGE_MAX_BYTES, so its entry (base64 and a little JSON) is at most this long. */
const IMAGE_PIECE_CHARS = Math.ceil(IMAGE_MAX_BYTES / 3) * 4 + 200;
/** All pictures of one export together, in characters of base64; counted apart from the history's 20 MB. */
export const MAX_IMAGE_CHARS = 64 * 1024 * 1024;
export const OWN_LISTS: Readonly<Record<string, ListBounds>> = {
  [OWN_KEYS.exercises]: { maxChars: MAX_PIECE_CHARS, maxItems: OWN_BOUNDS.exercises.max },
  [OWN_KEYS.routines]: { maxChars: MAX_PIECE_CHARS, maxItems: OWN_BOUNDS.routines.max },
  [OWN_KEYS.images]: { maxChars: IMAGE_PIECE_CHARS, maxItems: OWN_BOUNDS.exercises.max },
};
export { OWN_LIBRARY_VERSION };

export interface ExportedImage {
  id: string;
  type: 'image/png' | 'image/jpeg' | 'image/webp';
  /** The picture's bytes in base64. */
  data: string;
}
const ExportedImageSchema = z.strictObject({
  id: z.string().regex(IMAGE_ID),
  type: z.enum(['image/png', 'image/jpeg', 'image/webp']),
  data: z.string().max(IMAGE_PIECE_CHARS).regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

/** What a file brings of the person's own, checked entry by entry; merged only when applied. */
export interface OwnImport {
  exercises: OwnExercise[];
  routines: OwnRoutine[];
  images: ExportedImage[];
}

export interface OwnPreview {
  exercises: MergeName[];
  routines: MergeName[];
  /** Entries the file holds that are stored already, exactly: skipped. */
  alreadyThere: number;
  images: number;
}

function hasForbiddenKey(value: unknown, depth = 0): boolean {
  if (depth > 20 || typeof value !== 'object' || value === null) return false;
  return Object.keys(value).some((k) => FORBIDDEN_KEYS.has(k) || hasForbiddenKey((value as Record<string, unknown>)[k], depth + 1));
}

const where = (key: string, index: number, path: PropertyKey[]) => `${key}[${index}]${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;

/** A classic or mini zod schema: both check the same way. */
type Checker<T> = {
  safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } };
};

/** Bytes from base64, in the window as in main (no Buffer in common code). */
const fromBase64 = (data: string) => Uint8Array.from(atob(data), (c) => c.charCodeAt(0));

/**
 * The own lists of an export, each piece parsed and checked; every problem in words with where it is.
 * Null when the file holds none of them (an export from before issue 24, or of a person with none).
 */
export function readOwnLists(lists: Record<string, string[]>, forbidden: () => string): { own: OwnImport | null; errors: string[] } {
  if (!Object.values(OWN_KEYS).some((key) => key in lists)) return { own: null, errors: [] };
  const errors: string[] = [];
  const read = <T>(key: string, schema: Checker<T>, extra?: (value: T) => string | null): T[] => {
    const out: T[] = [];
    (lists[key] ?? []).forEach((piece, index) => {
      let raw: unknown;
      try {
        raw = JSON.parse(piece) as unknown;
      } catch {
        errors.push(`${key}[${index}]: ${t('history.transfer.notJson')}`);
        return;
      }
      if (hasForbiddenKey(raw)) return void errors.push(`${key}[${index}]: ${forbidden()}`);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return void errors.push(...parsed.error.issues.slice(0, 3).map((i) => `${where(key, index, i.path)}: ${i.message}`));
      const problem = extra?.(parsed.data) ?? null;
      if (problem) errors.push(`${key}[${index}]: ${problem}`);
      else out.push(parsed.data);
    });
    return out;
  };
  const images = read<ExportedImage>(OWN_KEYS.images, ExportedImageSchema, (image) => {
    try {
      const facts = checkImage(fromBase64(image.data));
      return facts.type === image.type ? null : t('routines.image.notImage');
    } catch (error) {
      return error instanceof LibraryError ? error.message : t('routines.image.damaged');
    }
  });
  const pictures = new Set(images.map((i) => i.id));
  const exercises = read<OwnExercise>(OWN_KEYS.exercises, OwnExerciseSchema, (e) =>
    e.picture?.kind === 'image' && !pictures.has(e.picture.imageId) ? t('routines.share.missingImage', { name: e.name }) : null,
  );
  const routines = read<OwnRoutine>(OWN_KEYS.routines, OwnRoutineSchema);
  return { own: { exercises, routines, images }, errors };
}

/** The merge into `library`, or the reason it is refused in words. */
export function planOwnImport(library: OwnLibrary, own: OwnImport, freshId: () => string): { ok: true; merge: LibraryMerge } | { ok: false; error: string } {
  try {
    return { ok: true, merge: mergeLibrary(library, own, freshId) };
  } catch (error) {
    if (error instanceof LibraryError) return { ok: false, error: `${t('history.transfer.ownLibrary')}: ${error.message}` };
    throw error;
  }
}

export const ownPreview = (merge: LibraryMerge, own: OwnImport): OwnPreview => ({ ...merge.added, alreadyThere: merge.alreadyThere, images: own.images.length });

/** Settings that name an own routine or exercise by id follow it to the id it was stored under. */
export function followIds(patch: SettingsPatch, ids: ReadonlyMap<string, string>): SettingsPatch {
  const id = (x: string) => ids.get(x) ?? x;
  const out: SettingsPatch = { ...patch };
  if (out.stretchRoutineId !== undefined) out.stretchRoutineId = id(out.stretchRoutineId);
  if (out.stretchTimes) out.stretchTimes = out.stretchTimes.map((time) => ({ ...time, routineId: id(time.routineId) }));
  if (out.leftOutExercises) out.leftOutExercises = out.leftOutExercises.map((e) => ({ ...e, exerciseId: id(e.exerciseId) }));
  return out;
}
