import { describe, expect, it } from 'vitest';
import { checkImage, IMAGE_MAX_BYTES } from '../../../../electron/routines/common/image-check';
import { jpegHeader, pngHeader, pngPicture, SVG_WITH_SCRIPT, webpHeader } from '../../../support/image-bytes';

const png = pngHeader;
const jpeg = jpegHeader;
const webpX = webpHeader;

describe('own pictures, judged from their bytes before any decoding', () => {
  it('reads PNG, JPEG and WebP sizes from their headers', () => {
    expect(checkImage(png(640, 480))).toEqual({ type: 'image/png', width: 640, height: 480 });
    expect(checkImage(jpeg(800, 600))).toEqual({ type: 'image/jpeg', width: 800, height: 600 });
    expect(checkImage(webpX(1024, 768))).toEqual({ type: 'image/webp', width: 1024, height: 768 });
    expect(checkImage(png(4000, 4000))).toEqual({ type: 'image/png', width: 4000, height: 4000 }); // 16 megapixels: just allowed
    expect(checkImage(pngPicture(3, 2, () => [1, 2, 3]))).toEqual({ type: 'image/png', width: 3, height: 2 });
  });

  it.each([
    ['a PNG image bomb (100000 × 100000 in a few bytes)', png(100_000, 100_000), '100000 × 100000 pixels; at most 4096'],
    ['a JPEG image bomb', jpeg(65_000, 65_000), '65000 × 65000 pixels'],
    ['a WebP image bomb', webpX(16_000, 16_000), '16000 × 16000 pixels'],
    // Each side within 4096, but more pixels than decoding may cost (4096 × 4000 is 16.4 megapixels).
    ['a PNG over the pixel cap', png(4096, 4000), '16.4 megapixels; at most 16 megapixels'],
    ['a WebP over the pixel cap', webpX(4000, 4096), '16.4 megapixels'],
    ['a polyglot PNG with a zip behind it', Buffer.concat([png(10, 10), Buffer.from('PK\u0003\u0004 hidden archive')]), 'other data after the image'],
    ['a polyglot JPEG with a script behind it', Buffer.concat([jpeg(10, 10), Buffer.from('<script>alert(1)</script>')]), 'other data after the image'],
    ['a WebP with data beyond its RIFF size', Buffer.concat([webpX(10, 10), Buffer.from('extra')]), 'other data after the image'],
    ['an SVG with a script renamed .png', SVG_WITH_SCRIPT, 'Only PNG, JPEG or WebP'],
    ['a GIF', Buffer.from('GIF89a\u0001\u0000\u0001\u0000'), 'Only PNG, JPEG or WebP'],
    ['a PNG cut short', png(10, 10).subarray(0, 40), 'damaged or cut short'],
    ['a PNG with a chunk length past its end', Buffer.concat([png(10, 10).subarray(0, 33), Buffer.from([0x7f, 0xff, 0xff, 0xff])]), 'damaged or cut short'],
    ['a picture over 2 MB', Buffer.concat([png(10, 10), Buffer.alloc(IMAGE_MAX_BYTES)]), 'at most 2 MB'],
  ])('refuses %s', (_what, bytes, message) => {
    expect(() => checkImage(bytes)).toThrow(message);
  });
});
