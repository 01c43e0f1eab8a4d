import { createHash, randomUUID } from 'node:crypto';
import type { Handlers } from '../../ipc/node/router';
import { errorMessage } from '../../base/common/error-message';
import { t } from '../../i18n/common/translate';
import { LibraryError } from '../common/library';
import { checkImage, IMAGE_MAX_BYTES } from '../common/image-check';
import type { PickedImage } from '../common/routines-channels';
import type { ImageStore } from './image-store';
import { readChosenFile } from './read-share-file';

export type ImageHandlers = Pick<Handlers, 'routines:pick-image' | 'routines:store-image' | 'routines:image'>;

export interface ImageDeps {
  images: ImageStore;
  /** Main's open dialog for pictures: the chosen path, or null when cancelled. The path is never kept. */
  chooseImage: () => Promise<string | null>;
  log: (message: string) => void;
}

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * An own picture in two steps. Pick: main reads the chosen file (bounded by its size before a byte
 * is read) and checks it from its bytes alone (image-check.ts: kind, dimensions, pixels, nothing
 * after its end); main decodes nothing. Store: the window has decoded that checked picture in its
 * sandbox and re-encoded it smaller (views/routines/reencode.ts); main checks the copy again and
 * stores it. The picked bytes themselves are never stored: a copy equal to them is refused, so
 * whatever rode along in the original (metadata, a place a photo was taken) is gone.
 */
export function createImageHandlers({ images, chooseImage, log }: ImageDeps): ImageHandlers {
  let picked: { token: string; digest: string } | null = null;
  const refused = (error: unknown) => {
    if (error instanceof LibraryError) return { ok: false as const, message: error.message };
    log(`own picture failed: ${errorMessage(error)}`);
    return { ok: false as const, message: t('routines.image.unreadable') };
  };
  return {
    'routines:pick-image': async (): Promise<PickedImage | null> => {
      picked = null;
      const path = await chooseImage();
      if (path === null) return null;
      try {
        const bytes = await readChosenFile(path, IMAGE_MAX_BYTES, () => new LibraryError(t('routines.image.tooLarge', { max: IMAGE_MAX_BYTES / (1024 * 1024) })));
        const { type } = checkImage(bytes);
        picked = { token: randomUUID(), digest: digest(bytes) };
        return { ok: true, token: picked.token, type, data: Buffer.from(bytes).toString('base64') };
      } catch (error) {
        return refused(error);
      }
    },
    'routines:store-image': async (token, data) => {
      const pick = picked;
      if (!pick || pick.token !== token) return { ok: false, message: t('routines.image.unreadable') };
      picked = null;
      try {
        const bytes = new Uint8Array(Buffer.from(data, 'base64'));
        if (digest(bytes) === pick.digest) throw new LibraryError(t('routines.image.unreadable'));
        return { ok: true, imageId: (await images.put(bytes)).id };
      } catch (error) {
        return refused(error);
      }
    },
    'routines:image': async (imageId) => {
      const image = await images.get(imageId).catch(() => null);
      return image ? { type: image.type, data: Buffer.from(image.bytes).toString('base64') } : null;
    },
  };
}
