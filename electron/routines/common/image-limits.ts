/**
 * The limits on an own picture, in a module of their own that imports nothing: the window shows
 * them in the editor's hint without loading the checks (image-check.ts) and their schemas.
 */
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;
export const IMAGE_MAX_SIDE = 4096;
/**
 * Width × height, checked beside each side: it is what decoding costs (4 bytes a pixel, so 16
 * megapixels is 64 MB in the window), and the side limit alone would allow 4096 × 4096.
 */
export const IMAGE_MAX_PIXELS = 16_000_000;
/** The window re-encodes a picture to at most this many pixels on its long side (views/routines/reencode.ts). */
export const REENCODE_MAX_SIDE = 1024;
