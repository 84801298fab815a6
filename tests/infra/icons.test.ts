import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { crc32 } from '../../bot/scripts/generateIcons.js';
import { findRoot } from '../../bot/scripts/packageApp.js';

/**
 * The app icons are checked by decoding the committed PNGs, not by trusting the script that drew
 * them: a designer may replace them, and Teams rejects a wrong size or a coloured outline icon.
 */

interface Image { width: number; height: number; rgba: Buffer }

/** Decodes 8-bit, non-interlaced RGB or RGBA PNGs (what design tools export), with all five filters. */
function decodePng(bytes: Buffer): Image {
  assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'PNG signature');
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  const idat: Buffer[] = [];
  while (pos < bytes.length) {
    const len = bytes.readUInt32BE(pos);
    const type = bytes.subarray(pos + 4, pos + 8).toString('ascii');
    const data = bytes.subarray(pos + 8, pos + 8 + len);
    assert.equal(bytes.readUInt32BE(pos + 8 + len), crc32(bytes.subarray(pos + 4, pos + 8 + len)), `${type} CRC`);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8, 'bit depth 8');
      colorType = data[9];
      assert.ok(colorType === 2 || colorType === 6, `colour type ${colorType} (RGB or RGBA expected)`);
      assert.equal(data[12], 0, 'not interlaced');
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    pos += 12 + len;
  }
  const channels = colorType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(width * height * 4);
  const prev = Buffer.alloc(stride);
  const cur = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    raw.copy(cur, 0, y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const add = [0, a, b, (a + b) >> 1, paeth][filter];
      assert.ok(add !== undefined, `unknown filter ${filter}`);
      cur[i] = (cur[i] + add) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      cur.copy(out, o, x * channels, x * channels + 3);
      out[o + 3] = channels === 4 ? cur[x * channels + 3] : 255;
    }
    cur.copy(prev);
  }
  return { width, height, rgba: out };
}

const root = findRoot(__dirname);
const load = (file: string): Image => decodePng(readFileSync(join(root, 'appPackage', file)));

describe('infra: app icons', () => {
  it('color.png is a 192×192 full-colour tile', () => {
    const img = load('color.png');
    assert.deepEqual([img.width, img.height], [192, 192]);
    let transparent = 0;
    const colours = new Set<string>();
    for (let i = 0; i < img.rgba.length; i += 4) {
      if (img.rgba[i + 3] < 255) transparent++;
      colours.add(img.rgba.subarray(i, i + 3).toString('hex'));
    }
    assert.equal(transparent, 0, 'no transparent pixels: the tile fills the icon');
    assert.ok(colours.size > 2, 'more than a flat colour');
  });

  it('outline.png is 32×32, white on transparent', () => {
    const img = load('outline.png');
    assert.deepEqual([img.width, img.height], [32, 32]);
    let opaque = 0;
    let clear = 0;
    for (let i = 0; i < img.rgba.length; i += 4) {
      const alpha = img.rgba[i + 3];
      if (alpha === 0) clear++;
      else assert.deepEqual([...img.rgba.subarray(i, i + 3)], [255, 255, 255], `pixel ${i / 4} is not white`);
      if (alpha === 255) opaque++;
    }
    assert.ok(clear > 32 * 32 * 0.3, 'mostly transparent background');
    assert.ok(opaque > 20, 'a visible glyph');
  });

});
