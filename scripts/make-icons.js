// Draws the add-in's icons (a white check on a green tile) as PNG files in assets/.
// Run: node scripts/make-icons.js
'use strict';
const { deflateSync } = require('zlib');
const { writeFileSync } = require('fs');
const { join } = require('path');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function icon(size) {
  const px = Buffer.alloc(size * (size * 4 + 1));
  const inCheck = (x, y) => {
    const u = x / size,
      v = y / size,
      w = 0.09;
    const d1 = Math.abs(v - (0.55 + (u - 0.25))) < w && u >= 0.22 && u <= 0.45;
    const d2 = Math.abs(v - (0.78 - (u - 0.45) * 1.25)) < w && u >= 0.42 && u <= 0.8;
    return d1 || d2;
  };
  for (let y = 0; y < size; y++) {
    px[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const r = size * 0.18,
        cx = Math.min(Math.max(x, r), size - r),
        cy = Math.min(Math.max(y, r), size - r);
      const inside = (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
      const [R, G, B] = inCheck(x, y) ? [255, 255, 255] : [16, 124, 65];
      px.set([R, G, B, inside ? 255 : 0], o);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(px)), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(__dirname, '..', 'assets', `icon-${size}.png`), icon(size));
