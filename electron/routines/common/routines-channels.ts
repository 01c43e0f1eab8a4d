import { z } from 'zod';
import { channel, event, perMinute } from '../../base/common/define-channel';
import { IMAGE_ID } from '../../exercises/common/schema';
import { IMAGE_MAX_BYTES, type ImageType } from './image-check';
import { OWN_BOUNDS, OwnExerciseSchema, OwnRoutineSchema, type OwnLibrary } from './own-schema';

/** The longest base64 text a picture within IMAGE_MAX_BYTES can take. */
export const IMAGE_MAX_BASE64 = Math.ceil(IMAGE_MAX_BYTES / 3) * 4;

/** Which of the person's own things a delete or duplicate is about. */
const Target = z.strictObject({ kind: z.enum(['exercise', 'routine']), id: z.string().regex(/^[a-z0-9-]{1,40}$/) });

/**
 * IPC contract for the person's own exercises and routines (issue 24). Every change answers with
 * the whole library as stored, so the window never shows something that was not saved.
 */
export const routinesChannels = {
  'routines:list': channel<OwnLibrary>()('getOwnLibrary', z.tuple([])),
  'routines:save-exercise': channel<OwnLibrary>()('saveOwnExercise', z.tuple([OwnExerciseSchema]), perMinute(30)),
  'routines:save-routine': channel<OwnLibrary>()('saveOwnRoutine', z.tuple([OwnRoutineSchema]), perMinute(30)),
  'routines:delete': channel<OwnLibrary>()('deleteOwn', z.tuple([Target]), perMinute(30)),
  /** A copy of a built-in or own routine or exercise; answers with the library and the copy's id. */
  'routines:duplicate': channel<{ library: OwnLibrary; id: string }>()('duplicateOwn', z.tuple([Target]), perMinute(30)),
  'routines:reorder': channel<OwnLibrary>()(
    'reorderOwnRoutines',
    z.tuple([z.array(z.string().regex(/^own-[a-z0-9]{1,36}$/)).max(OWN_BOUNDS.routines.max)]),
    perMinute(30),
  ),
  /** Saves a routine with its own exercises and pictures as one file where the person picks; its path, or null. */
  'routines:export': channel<string | null>()('exportOwnRoutine', z.tuple([z.string().regex(/^own-[a-z0-9]{1,36}$/)]), perMinute(6)),
  /** Main asks for a routine file and reads it; what it would add, or why not. Null when cancelled. */
  'routines:preview-import': channel<ImportPreview | null>()('previewRoutineImport', z.tuple([]), perMinute(6)),
  /** Adds the previewed file; null when the preview is gone. */
  'routines:apply-import': channel<{ ok: true; routine: string } | { ok: false; message: string } | null>()('applyRoutineImport', z.tuple([z.uuid()]), perMinute(6)),
  /**
   * Main asks for a picture in its own dialog and checks it (image-check.ts) before anything decodes
   * it; its bytes (base64) for the window to re-encode, or why not. Null when cancelled.
   */
  'routines:pick-image': channel<PickedImage | null>()('pickOwnImage', z.tuple([]), perMinute(10)),
  /** The window's re-encoded copy of the picked picture, checked again and stored; its id, or why not. */
  'routines:store-image': channel<{ ok: true; imageId: string } | { ok: false; message: string }>()(
    'storeOwnImage',
    z.tuple([z.uuid(), z.base64().max(IMAGE_MAX_BASE64)]),
    perMinute(10),
  ),
  /** A stored picture's bytes (base64) to show; null when it is missing or no longer passes the check. */
  'routines:image': channel<{ type: ImageType; data: string } | null>()('getOwnImage', z.tuple([z.string().regex(IMAGE_ID)])),
} as const;

/** A picked picture, checked by main: the window re-encodes it and sends the copy back with the token. */
export type PickedImage = { ok: true; token: string; type: ImageType; data: string } | { ok: false; message: string };

/** What an import would add: names as they will be stored, and the names they had when renamed. */
export type ImportPreview =
  | {
      ok: true;
      token: string;
      routine: { id: string; name: string; renamedFrom: string | null };
      exercises: Array<{ id: string; name: string; renamedFrom: string | null }>;
      images: number;
    }
  | { ok: false; message: string };

export const routinesEvents = {
  /** The own library changed (a save, a delete, an import): the window refreshes its lists. */
  'routines:changed': event<OwnLibrary>()('onOwnLibraryChanged'),
} as const;
