import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { open } from 'node:fs/promises';
import { ensurePrivateDir, notAFile, READ_FLAGS, writeFileAtomic } from '../../base/node/fs-safe';
import { IMAGE_ID } from '../../exercises/common/schema';
import { checkImage, IMAGE_MAX_BYTES, type ImageType } from '../common/image-check';

/**
 * Own pictures in the data folder's images/, each named by its content's hash, so the same picture
 * imported twice is stored once and a name can never point outside the folder. Every picture is
 * checked (checkImage) when stored and again when read back; it is never referenced from where it
 * was picked.
 */
export interface ImageStore {
  put(bytes: Uint8Array): Promise<{ id: string; type: ImageType }>;
  get(id: string): Promise<{ type: ImageType; bytes: Uint8Array } | null>;
}

export function openImageStore(userDataDir: string): ImageStore {
  const dir = join(userDataDir, 'images');
  return {
    async put(bytes) {
      const { type } = checkImage(bytes);
      const id = `img-${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}`;
      await ensurePrivateDir(dir);
      await writeFileAtomic(join(dir, id), bytes);
      return { id, type };
    },
    async get(id) {
      if (!IMAGE_ID.test(id)) return null;
      const bytes = await readPicture(join(dir, id)).catch(() => null);
      return bytes === null ? null : { type: checkImage(bytes).type, bytes };
    },
  };
}

/** A stored picture's bytes: a regular file within the size limit, never followed through a link. */
async function readPicture(path: string): Promise<Uint8Array | null> {
  const handle = await open(path, READ_FLAGS);
  try {
    const info = await handle.stat();
    if (notAFile(info) || info.size > IMAGE_MAX_BYTES) return null;
    const bytes = new Uint8Array(info.size);
    const { bytesRead } = await handle.read(bytes, 0, info.size, 0);
    return bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
