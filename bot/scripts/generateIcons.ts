/**
 * Draws the two Teams app icons and writes them as real PNG files into appPackage/.
 * Run once after changing the drawing (`node dist/bot/scripts/generateIcons.js`); the PNGs are
 * committed, so packaging never depends on this script. Node's zlib is all it needs: a designer
 * can replace the files later without touching any code, as long as the sizes stay (tests check).
 *
 * The motif is a hub with three connected satellites: one coordinator, many units, one company view.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/** Norddjurs-like deep blue; the manifest's accentColor uses the same value so the tile matches. */
export const ACCENT_RGB: readonly [number, number, number] = [0x1f, 0x5f, 0x8b];

interface Circle { x: number; y: number; r: number }
interface Segment { x1: number; y1: number; x2: number; y2: number; halfWidth: number }

/** The glyph in unit coordinates (0..1 across the icon), so both sizes share one drawing. */
function glyph(scale: 'color' | 'outline'): { circles: Circle[]; segments: Segment[] } {
  // The outline icon is tiny (32 px): thicker strokes and bigger dots keep it legible.
  const hubR = scale === 'color' ? 0.13 : 0.15;
  const satR = scale === 'color' ? 0.085 : 0.11;
  const dist = scale === 'color' ? 0.29 : 0.32;
  const halfWidth = scale === 'color' ? 0.025 : 0.045;
  const hub = { x: 0.5, y: 0.52, r: hubR };
  const circles: Circle[] = [hub];
  const segments: Segment[] = [];
  for (const deg of [-90, 30, 150]) {
    const a = (deg * Math.PI) / 180;
    const sat = { x: hub.x + dist * Math.cos(a), y: hub.y + dist * Math.sin(a), r: satR };
    circles.push(sat);
    segments.push({ x1: hub.x, y1: hub.y, x2: sat.x, y2: sat.y, halfWidth });
  }
  return { circles, segments };
}

function insideGlyph(px: number, py: number, g: ReturnType<typeof glyph>): boolean {
  for (const c of g.circles) {
    if ((px - c.x) ** 2 + (py - c.y) ** 2 <= c.r * c.r) return true;
  }
  for (const s of g.segments) {
    const dx = s.x2 - s.x1;
    const dy = s.y2 - s.y1;
    const t = Math.max(0, Math.min(1, ((px - s.x1) * dx + (py - s.y1) * dy) / (dx * dx + dy * dy)));
    const qx = s.x1 + t * dx - px;
    const qy = s.y1 + t * dy - py;
    if (qx * qx + qy * qy <= s.halfWidth * s.halfWidth) return true;
  }
  return false;
}

/** Fraction of a pixel covered by the glyph, from 4×4 supersampling (cheap anti-aliasing). */
function coverage(x: number, y: number, size: number, g: ReturnType<typeof glyph>): number {
  const n = 4;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (insideGlyph((x + (i + 0.5) / n) / size, (y + (j + 0.5) / n) / size, g)) hits++;
    }
  }
  return hits / (n * n);
}

/** RGBA pixels, row-major. */
export function drawIcon(kind: 'color' | 'outline'): { size: number; rgba: Buffer } {
  const size = kind === 'color' ? 192 : 32;
  const g = glyph(kind);
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(x, y, size, g);
      const o = (y * size + x) * 4;
      if (kind === 'color') {
        // Full-bleed accent tile with a white glyph blended in: Teams rounds the corners itself.
        for (let k = 0; k < 3; k++) rgba[o + k] = Math.round(ACCENT_RGB[k] * (1 - c) + 255 * c);
        rgba[o + 3] = 255;
      } else {
        // Outline icons must be pure white on transparent; anti-aliasing lives in alpha only.
        rgba.fill(255, o, o + 3);
        rgba[o + 3] = Math.round(255 * c);
      }
    }
  }
  return { size, rgba };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes 8-bit RGBA as a PNG (colour type 6, no interlace, filter 0 on every row). */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function writeIcons(appPackageDir: string): void {
  for (const kind of ['color', 'outline'] as const) {
    const { size, rgba } = drawIcon(kind);
    writeFileSync(join(appPackageDir, `${kind}.png`), encodePng(size, rgba));
  }
}

if (require.main === module) {
  const dir = join(process.cwd(), 'appPackage');
  writeIcons(dir);
  console.log(`Wrote color.png (192×192) and outline.png (32×32) to ${dir}`);
}
