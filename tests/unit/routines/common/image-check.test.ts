import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkImage, IMAGE_MAX_BYTES } from '../../../../electron/routines/common/image-check';

const crc = (bytes: Buffer) => {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc(body));
  return Buffer.concat([head, body, tail]);
};
/** A PNG declaring `width` × `height` with a tiny IDAT: an image bomb when the numbers are huge. */
const png = (width: number, height: number) => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(16))), chunk('IEND', Buffer.alloc(0))]);
};
const jpeg = (width: number, height: number) =>
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x01, 0x01, 0x11, 0x00, 0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd9]);
const webpX = (width: number, height: number) => {
  const b = Buffer.alloc(30);
  b.write('RIFF', 0, 'ascii');
  b.writeUInt32LE(22, 4);
  b.write('WEBPVP8X', 8, 'ascii');
  b.writeUInt32LE(10, 16);
  b.writeUIntLE(width - 1, 24, 3);
  b.writeUIntLE(height - 1, 27, 3);
  return b;
};

describe('own pictures, judged from their bytes before any decoding', () => {
  it('reads PNG, JPEG and WebP sizes from their headers', () => {
    expect(checkImage(png(640, 480))).toEqual({ type: 'image/png', width: 640, height: 480 });
    expect(checkImage(jpeg(800, 600))).toEqual({ type: 'image/jpeg', width: 800, height: 600 });
    expect(checkImage(webpX(1024, 768))).toEqual({ type: 'image/webp', width: 1024, height: 768 });
  });

  it.each([
    ['a PNG image bomb (100000 × 100000 in a few bytes)', png(100_000, 100_000), '100000 × 100000 pixels; at most 4096'],
    ['a JPEG image bomb', jpeg(65_000, 65_000), '65000 × 65000 pixels'],
    ['a WebP image bomb', webpX(16_000, 16_000), '16000 × 16000 pixels'],
    ['a polyglot PNG with a zip behind it', Buffer.concat([png(10, 10), Buffer.from('PK\u0003\u0004 hidden archive')]), 'other data after the image'],
    ['a polyglot JPEG with a script behind it', Buffer.concat([jpeg(10, 10), Buffer.from('<script>alert(1)</script>')]), 'other data after the image'],
    ['a WebP with data beyond its RIFF size', Buffer.concat([webpX(10, 10), Buffer.from('extra')]), 'other data after the image'],
    ['an SVG with a script renamed .png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'Only PNG, JPEG or WebP'],
    ['a GIF', Buffer.from('GIF89a\u0001\u0000\u0001\u0000'), 'Only PNG, JPEG or WebP'],
    ['a PNG cut short', png(10, 10).subarray(0, 40), 'damaged or cut short'],
    ['a PNG with a chunk length past its end', Buffer.concat([png(10, 10).subarray(0, 33), Buffer.from([0x7f, 0xff, 0xff, 0xff])]), 'damaged or cut short'],
    ['a picture over 2 MB', Buffer.concat([png(10, 10), Buffer.alloc(IMAGE_MAX_BYTES)]), 'at most 2 MB'],
  ])('refuses %s', (_what, bytes, message) => {
    expect(() => checkImage(bytes)).toThrow(message);
  });
});
