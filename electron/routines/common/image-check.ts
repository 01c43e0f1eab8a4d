import { t } from '../../i18n/common/translate';
import { LibraryError } from './library';
import { IMAGE_MAX_BYTES, IMAGE_MAX_PIXELS, IMAGE_MAX_SIDE } from './image-limits';

/**
 * A picture for an own exercise, judged from its bytes alone before anything decodes it: the magic
 * bytes say PNG, JPEG or WebP (SVG and everything else are refused, whatever the file's name), the
 * header's dimensions are bounded (an image bomb declares huge ones in a small file), and nothing
 * may follow the image's own end (a polyglot hides a second file there).
 */
export { IMAGE_MAX_BYTES, IMAGE_MAX_PIXELS, IMAGE_MAX_SIDE };
export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';
export interface ImageFacts {
  type: ImageType;
  width: number;
  height: number;
}

const MB = IMAGE_MAX_BYTES / (1024 * 1024);
const damaged = () => new LibraryError(t('routines.image.damaged'));
const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const le16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const le24 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const le32 = (b: Uint8Array, at: number) => (le16(b, at) | (le16(b, at + 2) << 16)) >>> 0;
const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));
const starts = (b: Uint8Array, bytes: number[]) => bytes.every((v, i) => b[i] === v);

export function checkImage(bytes: Uint8Array): ImageFacts {
  if (bytes.length > IMAGE_MAX_BYTES) throw new LibraryError(t('routines.image.tooLarge', { max: MB }));
  const facts = starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    ? png(bytes)
    : starts(bytes, [0xff, 0xd8, 0xff])
      ? jpeg(bytes)
      : ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP'
        ? webp(bytes)
        : null;
  if (!facts) throw new LibraryError(t('routines.image.notImage'));
  if (facts.width < 1 || facts.height < 1) throw damaged();
  if (facts.width > IMAGE_MAX_SIDE || facts.height > IMAGE_MAX_SIDE) {
    throw new LibraryError(t('routines.image.tooBig', { width: facts.width, height: facts.height, max: IMAGE_MAX_SIDE }));
  }
  if (facts.width * facts.height > IMAGE_MAX_PIXELS) {
    const megapixels = Math.round((facts.width * facts.height) / 100_000) / 10;
    throw new LibraryError(t('routines.image.tooManyPixels', { megapixels, max: IMAGE_MAX_PIXELS / 1_000_000 }));
  }
  return facts;
}

/** PNG: IHDR first; every chunk walked to IEND, which must be the last byte. */
function png(b: Uint8Array): ImageFacts {
  if (b.length < 33 || u32(b, 8) !== 13 || ascii(b, 12, 4) !== 'IHDR') throw damaged();
  const facts: ImageFacts = { type: 'image/png', width: u32(b, 16), height: u32(b, 20) };
  let at = 8;
  for (;;) {
    if (at + 12 > b.length) throw damaged();
    const length = u32(b, at);
    const type = ascii(b, at + 4, 4);
    const end = at + 12 + length;
    if (length > b.length || end > b.length) throw damaged();
    if (type === 'IEND') {
      if (end !== b.length) throw new LibraryError(t('routines.image.extra'));
      return facts;
    }
    at = end;
  }
}

/** JPEG: segments walked to the frame header (its size) and the first scan; the end-of-image marker must be the last two bytes. */
function jpeg(b: Uint8Array): ImageFacts {
  let at = 2;
  let facts: ImageFacts | null = null;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) throw damaged();
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const length = u16(b, at + 2);
    if (length < 2 || at + 2 + length > b.length) throw damaged();
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame && length >= 7) facts = { type: 'image/jpeg', height: u16(b, at + 5), width: u16(b, at + 7) };
    if (marker === 0xda) {
      if (!facts) throw damaged();
      // Coded data never holds an unstuffed FF D9, so the first one after the scans is the image's end.
      for (let i = at + 2 + length; i + 1 < b.length; i++) {
        if (b[i] === 0xff && b[i + 1] === 0xd9) {
          if (i + 2 !== b.length) throw new LibraryError(t('routines.image.extra'));
          return facts;
        }
      }
      throw damaged();
    }
    at += 2 + length;
  }
  throw damaged();
}

/** WebP: the RIFF size must be the file's; the first chunk's header gives the size (lossy, lossless or extended). */
function webp(b: Uint8Array): ImageFacts {
  if (b.length < 30 || le32(b, 4) + 8 !== b.length) throw le32(b, 4) + 8 < b.length ? new LibraryError(t('routines.image.extra')) : damaged();
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ') {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) throw damaged();
    return { type: 'image/webp', width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) throw damaged();
    const bits = le32(b, 21);
    return { type: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { type: 'image/webp', width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
  throw damaged();
}
