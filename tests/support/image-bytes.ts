import { deflateSync } from 'node:zlib';

/** Pictures made byte by byte for the tests of own exercises' pictures (issue 24). */

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
const pngOf = (width: number, height: number, idat: Buffer) => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
};

/** A PNG declaring `width` × `height` with a tiny IDAT: an image bomb when the numbers are huge. */
export const pngHeader = (width: number, height: number): Buffer => pngOf(width, height, deflateSync(Buffer.alloc(16)));

/** A whole PNG a browser decodes: every pixel painted by `paint` (RGB). */
export function pngPicture(width: number, height: number, paint: (x: number, y: number) => [number, number, number]): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1); // filter byte 0: none
    for (let x = 0; x < width; x++) rows.set(paint(x, y), row + 1 + x * 3);
  }
  return pngOf(width, height, deflateSync(rows));
}

/** A calm picture for the e2e and the screenshots: sky, a green floor and a sun. */
export const samplePicture = (width = 480, height = 360): Buffer =>
  pngPicture(width, height, (x, y) => {
    if ((x - width * 0.72) ** 2 + (y - height * 0.3) ** 2 < (height * 0.12) ** 2) return [246, 196, 72];
    if (y > height * 0.7) return [96, 150, 104];
    return [150 + Math.round((60 * y) / height), 190 + Math.round((40 * y) / height), 230];
  });

/** A JPEG's segments to its frame header and one scan: enough for checkImage, not for a decoder. */
export const jpegHeader = (width: number, height: number): Buffer =>
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x01, 0x01, 0x11, 0x00, 0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd9]);

/** An extended WebP's header (VP8X) declaring `width` × `height`. */
export const webpHeader = (width: number, height: number): Buffer => {
  const b = Buffer.alloc(30);
  b.write('RIFF', 0, 'ascii');
  b.writeUInt32LE(22, 4);
  b.write('WEBPVP8X', 8, 'ascii');
  b.writeUInt32LE(10, 16);
  b.writeUIntLE(width - 1, 24, 3);
  b.writeUIntLE(height - 1, 27, 3);
  return b;
};

export const SVG_WITH_SCRIPT = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
