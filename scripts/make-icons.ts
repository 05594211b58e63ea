// Draws the add-in icons (a green rounded square with a white tick) and writes them to assets/.
// Run with `npm run icons`; the PNGs are committed, so rerun it only when the design changes.
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

export type Rgba = readonly [number, number, number, number];

const BACKGROUND: Rgba = [0x1f, 0x8a, 0x4c, 0xff];
const TICK: Rgba = [0xff, 0xff, 0xff, 0xff];

// Geometry on the unit square, y pointing down.
const SQUARE_INSET = 1 / 16;
const SQUARE_RADIUS = 0.17;
const TICK_POINTS: readonly (readonly [number, number])[] = [
  [0.28, 0.53],
  [0.44, 0.69],
  [0.73, 0.36],
];
const TICK_HALF_WIDTH = 0.07;
const SAMPLES_PER_AXIS = 8;

export function iconFileName(size: number): string {
  return `icon-${size}.png`;
}

function roundedSquareDistance(x: number, y: number): number {
  const half = 0.5 - SQUARE_INSET;
  const qx = Math.abs(x - 0.5) - (half - SQUARE_RADIUS);
  const qy = Math.abs(y - 0.5) - (half - SQUARE_RADIUS);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - SQUARE_RADIUS;
}

function segmentDistance(x: number, y: number, a: readonly [number, number], b: readonly [number, number]): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(Math.max(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy), 0), 1);
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function onTick(x: number, y: number): boolean {
  for (let i = 1; i < TICK_POINTS.length; i++) {
    if (segmentDistance(x, y, TICK_POINTS[i - 1], TICK_POINTS[i]) <= TICK_HALF_WIDTH) {
      return true;
    }
  }
  return false;
}

/** Renders one icon as straight-alpha RGBA rows, antialiased by supersampling each pixel. */
export function renderIcon(size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const samples = SAMPLES_PER_AXIS * SAMPLES_PER_AXIS;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let tick = 0;
      for (let sy = 0; sy < SAMPLES_PER_AXIS; sy++) {
        for (let sx = 0; sx < SAMPLES_PER_AXIS; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES_PER_AXIS) / size;
          const y = (py + (sy + 0.5) / SAMPLES_PER_AXIS) / size;
          if (roundedSquareDistance(x, y) <= 0) {
            square++;
            if (onTick(x, y)) {
              tick++;
            }
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (square === 0) {
        continue;
      }
      const tickShare = tick / square;
      for (let channel = 0; channel < 3; channel++) {
        rgba[offset + channel] = Math.round(BACKGROUND[channel] * (1 - tickShare) + TICK[channel] * tickShare);
      }
      rgba[offset + 3] = Math.round((255 * square) / samples);
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG defines it (ISO 3309, reflected, initial and final XOR 0xffffffff). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const chunk = Buffer.alloc(4 + typeAndData.length + 4);
  chunk.writeUInt32BE(data.length, 0);
  typeAndData.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(typeAndData), 4 + typeAndData.length);
  return chunk;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Encodes 8-bit RGBA rows as a non-interlaced PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) {
    throw new Error(`expected ${width * height * 4} RGBA bytes for ${width}×${height}, got ${rgba.length}`);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const stride = width * 4;
  const scanlines = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    // Filter byte 0 (None) before each row.
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(scanlines, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk("IHDR", header),
    pngChunk("IDAT", zlib.deflateSync(scanlines, { level: 9 })),
    pngChunk("IEND", new Uint8Array(0)),
  ]);
}

function repositoryRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`no package.json above ${start}`);
    }
    dir = parent;
  }
  return dir;
}

function main(): void {
  const assets = path.join(repositoryRoot(__dirname), "assets");
  fs.mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(assets, iconFileName(size));
    fs.writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) {
  main();
}
