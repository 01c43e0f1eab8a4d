// Makes the tray icons each platform wants from the two 32 px masters in electron/assets:
// - macOS: trayTemplate.png at 16 px (the menu-bar size) and trayTemplate@2x.png at 32 px, which
//   Electron picks on Retina displays; a 32 px image at 1x would be drawn twice too large.
// - Windows: tray.ico with 16 and 32 px images (100 % and 200 % scaling), as Electron advises.
// Run after changing a master: `node scripts/tray-icons.mjs`. Plain Node (zlib), no image tools.
// scripts/check-package.mjs checks the sizes that end up in the package.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Width, height and 8-bit RGBA pixels of a non-interlaced PNG (grey, grey+alpha, RGB, RGBA; 8 or 16 bit). */
export function decodePng(buffer) {
  let offset = 8;
  let header = null;
  const data = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], color: body[9], interlace: body[12] };
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const channels = CHANNELS[header?.color];
  if (!header || !channels || header.interlace !== 0 || (header.depth !== 8 && header.depth !== 16)) throw new Error('unsupported PNG');
  const { width, height, depth, color } = header;
  const bpp = (channels * depth) / 8;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(data));
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const a = x >= bpp ? rows[y * stride + x - bpp] : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? rows[(y - 1) * stride + x - bpp] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      rows[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4);
  const sample = (i) => (depth === 16 ? rows[i * 2] : rows[i]);
  for (let i = 0; i < width * height; i++) {
    const s = (k) => sample(i * channels + k);
    const [r, g, b, al] = color === 0 ? [s(0), s(0), s(0), 255] : color === 4 ? [s(0), s(0), s(0), s(1)] : color === 2 ? [s(0), s(1), s(2), 255] : [s(0), s(1), s(2), s(3)];
    rgba.set([r, g, b, al], i * 4);
  }
  return { width, height, rgba };
}

/** Half the size: each pixel the alpha-weighted mean of a 2×2 block. */
export function halve({ width, height, rgba }) {
  const w = width >> 1;
  const h = height >> 1;
  const out = Buffer.alloc(w * h * 4);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
        const i = ((y * 2 + dy) * width + x * 2 + dx) * 4;
        const alpha = rgba[i + 3];
        r += rgba[i] * alpha;
        g += rgba[i + 1] * alpha;
        b += rgba[i + 2] * alpha;
        a += alpha;
      }
      const o = (y * w + x) * 4;
      out.set(a ? [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round(a / 4)] : [0, 0, 0, 0], o);
    }
  return { width: w, height: h, rgba: out };
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

/** An 8-bit RGBA PNG. */
export function encodePng({ width, height, rgba }) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** An ICO holding PNG images (Windows Vista and later read these). */
export function encodeIco(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const e = 6 + 16 * i;
    header[e] = size >= 256 ? 0 : size;
    header[e + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.png)]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const assets = fileURLToPath(new URL('../electron/assets/', import.meta.url));
  const template = decodePng(readFileSync(`${assets}trayTemplate@2x.png`));
  writeFileSync(`${assets}trayTemplate.png`, encodePng(halve(template)));
  const colour = decodePng(readFileSync(`${assets}tray.png`));
  writeFileSync(`${assets}tray.ico`, encodeIco([{ size: 16, png: encodePng(halve(colour)) }, { size: 32, png: encodePng(colour) }]));
  console.log('tray icons written: trayTemplate.png (16), tray.ico (16, 32) from the 32 px masters');
}
