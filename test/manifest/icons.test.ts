import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { iconProblems } from '../../scripts/app-package/icon-check';
import { accentColor, drawColorIcon, drawOutlineIcon } from '../../scripts/draw-icons';
import { manifestDir } from '../../scripts/repo-paths';

const committed = (file: string): PNG => PNG.sync.read(fs.readFileSync(path.join(manifestDir, file)));

function pixel(png: PNG, x: number, y: number): number[] {
  const i = (y * png.width + x) * 4;
  return [...png.data.subarray(i, i + 4)];
}

function pngBytes(width: number, height: number, rgba: readonly [number, number, number, number]): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) png.data.set(rgba, i);
  return PNG.sync.write(png);
}

describe('app icons', () => {
  it('the committed icons are exactly what scripts/draw-icons draws', () => {
    assert.ok(committed('color.png').data.equals(drawColorIcon().data), 'color.png');
    assert.ok(committed('outline.png').data.equals(drawOutlineIcon().data), 'outline.png');
  });

  it('colour icon: the accent colour as background, a white shield, an amber arrow', () => {
    const icon = drawColorIcon();
    const manifest = JSON.parse(fs.readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8')) as {
      accentColor: string;
    };
    assert.equal(manifest.accentColor, accentColor);
    const hex = `#${pixel(icon, 0, 0)
      .slice(0, 3)
      .map((c) => c.toString(16).padStart(2, '0'))
      .join('')}`;
    assert.equal(hex.toUpperCase(), accentColor);
    assert.deepEqual(pixel(icon, 96, 46), [255, 255, 255, 255], 'shield above the arrow tip');
    assert.deepEqual(pixel(icon, 96, 110), [0xe8, 0x6a, 0x10, 255], 'arrow shaft');
  });

  it('edges are anti-aliased: blended pixels exist between the solid ones', () => {
    const color = drawColorIcon();
    const white = [255, 255, 255, 255].join();
    const background = pixel(color, 0, 0).join();
    const blended = Array.from({ length: color.width }, (_, x) => pixel(color, x, 120).join()).filter(
      (p) => p !== white && p !== background,
    );
    assert.ok(blended.length >= 2, 'the shield edge blends into the background');
    const outline = drawOutlineIcon();
    const partial = Array.from({ length: outline.width * outline.height }, (_, i) => outline.data[i * 4 + 3]!).filter(
      (a) => a > 0 && a < 255,
    );
    assert.ok(partial.length > 0, 'the outline has partially transparent pixels');
  });

  it('the drawn icons pass the Teams icon checks', () => {
    assert.deepEqual(iconProblems('color.png', 'color', PNG.sync.write(drawColorIcon())), []);
    assert.deepEqual(iconProblems('outline.png', 'outline', PNG.sync.write(drawOutlineIcon())), []);
  });

  const rejected: { name: string; role: 'color' | 'outline'; bytes: Buffer; expected: RegExp }[] = [
    {
      name: 'a JPEG-named text file',
      role: 'color',
      bytes: Buffer.from('not an image'),
      expected: /is not a PNG file/,
    },
    {
      name: 'a truncated PNG',
      role: 'color',
      bytes: pngBytes(192, 192, [1, 2, 3, 255]).subarray(0, 40),
      expected: /is not a readable PNG/,
    },
    {
      name: 'a 96×96 colour icon',
      role: 'color',
      bytes: pngBytes(96, 96, [1, 2, 3, 255]),
      expected: /must be 192×192 pixels, is 96×96/,
    },
    {
      name: 'a red outline icon',
      role: 'outline',
      bytes: pngBytes(32, 32, [255, 0, 0, 128]),
      expected: /must be white only: 1024 visible pixels are not white/,
    },
    {
      name: 'an opaque outline icon',
      role: 'outline',
      bytes: pngBytes(32, 32, [255, 255, 255, 255]),
      expected: /must have a transparent background/,
    },
    {
      name: 'an empty outline icon',
      role: 'outline',
      bytes: pngBytes(32, 32, [255, 255, 255, 0]),
      expected: /is fully transparent/,
    },
  ];
  for (const { name, role, bytes, expected } of rejected) {
    it(`rejects ${name}`, () => {
      assert.match(iconProblems('icon.png', role, bytes).join('\n'), expected);
    });
  }
});
