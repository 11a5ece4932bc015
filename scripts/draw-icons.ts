/**
 * Draws manifest/color.png (192×192, full colour) and manifest/outline.png
 * (32×32, white on transparent) so the committed icons can be reproduced:
 * `npm run build && node dist/scripts/draw-icons.js`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { iconSizes } from './app-package/icon-check';
import { insetShield, shield, upArrow, type ShieldLayout } from './icons/escalation-glyph';
import { difference, paint, rgbFromHex, solidCanvas, union, whiteOnTransparent, type Rgb } from './icons/raster';
import { manifestDir } from './repo-paths';

/** Also the manifest's accentColor, so the tile around the icon matches its background. */
export const accentColor = '#1F5FAD';

const background = rgbFromHex(accentColor);
const white: Rgb = [255, 255, 255];
/** Amber: the "raise it" signal, readable on the white shield. */
const arrowColour: Rgb = [0xe8, 0x6a, 0x10];

export function drawColorIcon(): PNG {
  const png = solidCanvas(iconSizes.color, background);
  paint(png, shield({ top: 0.2, shoulder: 0.46, bottom: 0.84, halfWidth: 0.28 }), white);
  paint(
    png,
    upArrow({ tip: 0.3, headBase: 0.5, headHalfWidth: 0.15, shaftHalfWidth: 0.055, shaftBottom: 0.7 }),
    arrowColour,
  );
  return png;
}

export function drawOutlineIcon(): PNG {
  // Straight edges sit on whole pixels (multiples of 1/32) so they stay crisp at 32 px.
  const px = 1 / iconSizes.outline;
  const outer: ShieldLayout = { top: 2 * px, shoulder: 14 * px, bottom: 30.5 * px, halfWidth: 13 * px };
  const rim = difference(shield(outer), shield(insetShield(outer, 2 * px)));
  const arrow = upArrow({
    tip: 7 * px,
    headBase: 16 * px,
    headHalfWidth: 7 * px,
    shaftHalfWidth: 2 * px,
    shaftBottom: 24 * px,
  });
  return whiteOnTransparent(iconSizes.outline, union(rim, arrow));
}

function main(): void {
  for (const [file, png] of [
    ['color.png', drawColorIcon()],
    ['outline.png', drawOutlineIcon()],
  ] as const) {
    const target = path.join(manifestDir, file);
    fs.writeFileSync(target, PNG.sync.write(png));
    console.log(`wrote ${path.relative(process.cwd(), target)} (${png.width}×${png.height})`);
  }
}

if (require.main === module) main();
