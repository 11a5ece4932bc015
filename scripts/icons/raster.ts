/**
 * A tiny shape rasteriser for the app icons: shapes are inside-tests in unit
 * coordinates, and each pixel takes the fraction of its sub-samples that fall
 * inside, which anti-aliases every edge without a graphics library.
 */
import { PNG } from 'pngjs';

/** True when the point lies inside; (0,0) is the top-left corner, (1,1) the bottom-right. */
export type Shape = (x: number, y: number) => boolean;

export type Rgb = readonly [number, number, number];

/** `#1F5FAD` → [31, 95, 173]. */
export function rgbFromHex(hex: string): Rgb {
  const n = Number.parseInt(hex.replace(/^#/, ''), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

export const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((inside) => inside(x, y));

export const difference =
  (shape: Shape, hole: Shape): Shape =>
  (x, y) =>
    shape(x, y) && !hole(x, y);

/** n×n sub-samples per pixel: 8 gives 65 coverage levels, smooth at 32 px. */
const samplesPerAxis = 8;

/** Fraction (0..1) of pixel (px, py) of a size×size canvas covered by the shape. */
export function coverage(shape: Shape, size: number, px: number, py: number): number {
  let hits = 0;
  for (let sy = 0; sy < samplesPerAxis; sy++) {
    for (let sx = 0; sx < samplesPerAxis; sx++) {
      const x = (px + (sx + 0.5) / samplesPerAxis) / size;
      const y = (py + (sy + 0.5) / samplesPerAxis) / size;
      if (shape(x, y)) hits++;
    }
  }
  return hits / (samplesPerAxis * samplesPerAxis);
}

/** An opaque size×size canvas filled with one colour. */
export function solidCanvas(size: number, background: Rgb): PNG {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = background[0];
    png.data[i + 1] = background[1];
    png.data[i + 2] = background[2];
    png.data[i + 3] = 255;
  }
  return png;
}

/** Blends the shape in `colour` over an opaque canvas, weighted by coverage. */
export function paint(png: PNG, shape: Shape, colour: Rgb): void {
  forEachPixel(
    png,
    (i, cover) => {
      for (let c = 0; c < 3; c++) {
        png.data[i + c] = Math.round(cover * colour[c]! + (1 - cover) * png.data[i + c]!);
      }
    },
    shape,
  );
}

/** A transparent canvas where the shape is pure white and coverage becomes alpha. */
export function whiteOnTransparent(size: number, shape: Shape): PNG {
  const png = new PNG({ width: size, height: size });
  png.data.fill(255);
  forEachPixel(
    png,
    (i, cover) => {
      png.data[i + 3] = Math.round(cover * 255);
    },
    shape,
    true,
  );
  return png;
}

function forEachPixel(
  png: PNG,
  visit: (offset: number, cover: number) => void,
  shape: Shape,
  includeEmpty = false,
): void {
  for (let py = 0; py < png.height; py++) {
    for (let px = 0; px < png.width; px++) {
      const cover = coverage(shape, png.width, px, py);
      if (cover > 0 || includeEmpty) visit((py * png.width + px) * 4, cover);
    }
  }
}
