import { z } from 'zod/mini';
import '../../base/common/validation-messages';
import { t } from '../../i18n/common/translate';
import { IMAGE_ID } from '../../exercises/common/schema';
import { OWN_BOUNDS, OwnExerciseSchema, OwnRoutineSchema, type OwnExercise, type OwnLibrary, type OwnRoutine } from './own-schema';
import { checkLibrary, LibraryError, uniqueName } from './library';
import { IMAGE_MAX_BYTES } from './image-check';

/**
 * A routine shared as one file (docs/routine-format.md): the routine, the own exercises it uses and
 * their images, base64 inside the JSON. Checked by the very schemas the app stores with; a file of a
 * newer version than this app reads is refused, never guessed at.
 */
export const SHARE_FORMAT = 'limber-routine';
export const SHARE_VERSION = 1;
/** An image as stored is at most IMAGE_MAX_BYTES, so its base64 is at most this many characters. */
const BASE64_MAX = Math.ceil(IMAGE_MAX_BYTES / 3) * 4;

export const SharedImageSchema = z.strictObject({
  type: z.enum(['image/png', 'image/jpeg', 'image/webp']),
  data: z.string().check(z.maxLength(BASE64_MAX), z.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});

export const ShareFileSchema = z.strictObject({
  format: z.literal(SHARE_FORMAT),
  version: z.literal(SHARE_VERSION),
  routine: OwnRoutineSchema,
  exercises: z.array(OwnExerciseSchema).check(z.maxLength(OWN_BOUNDS.routineSteps.max)),
  images: z._default(z.record(z.string().check(z.regex(IMAGE_ID)), SharedImageSchema), {}),
});
export type ShareFile = z.infer<typeof ShareFileSchema>;

/** What an import would add, for the preview: names as they will be stored, and which had to be renamed. */
export interface ImportPlan {
  library: OwnLibrary;
  routine: { id: string; name: string; renamedFrom: string | null };
  exercises: Array<{ id: string; name: string; renamedFrom: string | null }>;
  images: ShareFile['images'];
}

/** Reads a share file's text: refused in plain words when it is not JSON, of another kind, newer, or breaks a rule. */
export function parseShareFile(text: string): ShareFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new LibraryError(t('routines.share.notJson'));
  }
  const head = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (head['format'] !== SHARE_FORMAT) throw new LibraryError(t('routines.share.notRoutine'));
  if (typeof head['version'] === 'number' && head['version'] > SHARE_VERSION) throw new LibraryError(t('routines.share.newer', { version: head['version'] }));
  const parsed = ShareFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new LibraryError(t('routines.share.invalid', { where: issue.path.join('.') || '—', problem: issue.message }));
  }
  return parsed.data;
}

/**
 * The import merged into the library: everything gets a fresh id (nothing stored is ever
 * overwritten), a name already taken gets "(2)", steps follow their exercises' new ids, and the
 * result passes the same whole-library check as any change.
 */
export function planImport(library: OwnLibrary, file: ShareFile, freshId: () => string): ImportPlan {
  const ids = new Map<string, string>();
  const used = new Set(file.routine.steps.map((s) => s.exerciseId));
  const exercises: OwnExercise[] = [];
  const names = library.exercises.map((e) => e.name);
  const added: ImportPlan['exercises'] = [];
  for (const exercise of file.exercises) {
    if (!used.has(exercise.id)) continue; // only what the routine uses
    const id = freshId();
    ids.set(exercise.id, id);
    const name = uniqueName(exercise.name, names);
    names.push(name);
    if (exercise.picture?.kind === 'image' && !file.images[exercise.picture.imageId]) {
      throw new LibraryError(t('routines.share.missingImage', { name: exercise.name }));
    }
    exercises.push({ ...exercise, id, name });
    added.push({ id, name, renamedFrom: name === exercise.name ? null : exercise.name });
  }
  const steps = file.routine.steps.map((s) => ({ ...s, exerciseId: ids.get(s.exerciseId) ?? s.exerciseId }));
  const routineName = uniqueName(file.routine.name, library.routines.map((r) => r.name));
  const routine: OwnRoutine = { id: freshId(), name: routineName, steps };
  const next = checkLibrary({ ...library, exercises: [...library.exercises, ...exercises], routines: [...library.routines, routine] });
  return {
    library: next,
    routine: { id: routine.id, name: routineName, renamedFrom: routineName === file.routine.name ? null : file.routine.name },
    exercises: added,
    images: file.images,
  };
}

/** A routine and the own exercises it uses as a share file; images are filled in by main from the data folder. */
export function exportRoutine(library: OwnLibrary, routineId: string, images: ShareFile['images'] = {}): ShareFile {
  const routine = library.routines.find((r) => r.id === routineId);
  if (!routine) throw new LibraryError(t('routines.error.noSuchRoutine'));
  const used = new Set(routine.steps.map((s) => s.exerciseId));
  return { format: SHARE_FORMAT, version: SHARE_VERSION, routine, exercises: library.exercises.filter((e) => used.has(e.id)), images };
}
