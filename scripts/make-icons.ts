/**
 * Draws Tact's icon (a speech bubble with a check on a teal rounded square) as PNGs in public/icon/.
 * Run with `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Signed distances in a unit square (0..1). Negative inside. */
const roundedSquare = (x: number, y: number) => {
  const r = 0.22;
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const bubble = (x: number, y: number) => {
  const body = Math.hypot((x - 0.5) / 1.15, y - 0.46) - 0.28;
  const tail = Math.max(-(x - 0.3), x - 0.45, -(y - 0.62), y - 0.8, (x - 0.3) * 0.9 + (y - 0.8) * 0.6);
  return Math.min(body, tail);
};
const segment = (x: number, y: number, ax: number, ay: number, bx: number, by: number) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
};
const check = (x: number, y: number) =>
  Math.min(segment(x, y, 0.37, 0.47, 0.46, 0.56), segment(x, y, 0.46, 0.56, 0.64, 0.37)) - 0.045;

function color(x: number, y: number, px: number): [number, number, number, number] {
  const cover = (d: number) => Math.max(0, Math.min(1, 0.5 - d / px));
  const bg = cover(roundedSquare(x, y));
  const white = cover(bubble(x, y)) * (1 - cover(check(x, y)));
  const teal: [number, number, number] = [15, 118, 110];
  const mix = (c: number) => Math.round(c * (1 - white) + 255 * white);
  return [mix(teal[0]), mix(teal[1]), mix(teal[2]), Math.round(255 * bg)];
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  const px = 1 / size;
  const samples = [0.25, 0.75];
  const image = png(size, (x, y) => {
    const acc = [0, 0, 0, 0];
    for (const sx of samples)
      for (const sy of samples) {
        const c = color((x + sx) / size, (y + sy) / size, px);
        for (let i = 0; i < 4; i++) acc[i]! += c[i]! / 4;
      }
    return acc.map(Math.round) as [number, number, number, number];
  });
  writeFileSync(`public/icon/${size}.png`, image);
}
console.log(`Wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
