import { REENCODE_MAX_SIDE } from '@electron/routines/common/image-limits';

/**
 * The window's half of storing an own picture. Main has already checked the picked file from its
 * bytes (kind, size, dimensions, pixel count, nothing after its end) and decodes nothing itself;
 * this sandboxed page decodes it with the browser's own decoder and draws it afresh, at most
 * REENCODE_MAX_SIDE pixels on its long side, as WebP. What is stored is that new drawing, never the
 * picked bytes: whatever rode along in them (metadata such as where a photo was taken, a crafted
 * chunk for some other decoder) is gone, and every picture is small enough to embed in a routine
 * file. Main checks the copy again before storing it.
 */
const QUALITY = 0.9;

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** Base64 of a blob, through the browser's own encoder (a data: URL) rather than a string built byte by byte. */
const base64Of = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve((reader.result as string).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(blob);
  });

/** The picked picture (base64 of `type`), decoded, scaled down when larger and encoded again; base64 of the copy and its type. */
export async function reencodePicture(data: string, type: string): Promise<{ data: string; type: string }> {
  const bitmap = await createImageBitmap(new Blob([bytesOf(data)], { type }), { imageOrientation: 'from-image' });
  try {
    const scale = Math.min(1, REENCODE_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await canvas.convertToBlob({ type: 'image/webp', quality: QUALITY });
    return { data: await base64Of(blob), type: blob.type };
  } finally {
    bitmap.close();
  }
}
