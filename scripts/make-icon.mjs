// Draws media/icon.png (128x128): the activity-bar glyph (a page with a lens) on a rounded tile.
// A tiny PNG encoder (zlib from node), antialiased by 4x4 supersampling. Run: node scripts/make-icon.mjs
import fs from 'node:fs';
import zlib from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const background = [33, 76, 129];
const ink = [255, 255, 255];

/** Distance from point p to segment a-b. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

// The glyph in the SVG's 24-unit space, scaled onto the tile with a margin.
const scale = 4.2, offset = 13.6, stroke = 1.7;
const segments = [[3, 4.5, 14, 4.5], [14, 4.5, 14, 10.5], [3, 4.5, 3, 17.5], [3, 17.5, 5, 19.5], [5, 19.5, 11, 19.5], [6, 8, 11, 8], [6, 11, 9, 11], [6, 14, 9, 14], [18.8, 18.3, 21.5, 21]];
function inkAt(x, y) {
  const u = (x - offset) / scale, v = (y - offset) / scale;
  if (Math.abs(Math.hypot(u - 15.5, v - 15) - 4.5) <= stroke / 2) return true;
  return segments.some(([ax, ay, bx, by]) => segmentDistance(u, v, ax, ay, bx, by) <= stroke / 2);
}
function insideTile(x, y) {
  const r = 24, m = 2;
  const cx = Math.min(Math.max(x, m + r), SIZE - m - r), cy = Math.min(Math.max(y, m + r), SIZE - m - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let x = 0; x < SIZE; x++) {
    let tile = 0, glyph = 0;
    for (let sy = 0; sy < SAMPLES; sy++) for (let sx = 0; sx < SAMPLES; sx++) {
      const px = x + (sx + 0.5) / SAMPLES, py = y + (sy + 0.5) / SAMPLES;
      if (insideTile(px, py)) { tile++; if (inkAt(px, py)) glyph++; }
    }
    const n = SAMPLES * SAMPLES, g = tile ? glyph / tile : 0;
    const color = background.map((b, i) => Math.round(b + (ink[i] - b) * g));
    row.set([...color, Math.round((255 * tile) / n)], 1 + x * 4);
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0); header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.writeFileSync(new URL('../media/icon.png', import.meta.url), png);
console.log(`media/icon.png: ${png.length} bytes`);
