/** The Teams icon rules: PNG, colour 192×192, outline 32×32 white on transparent. */
import { PNG } from 'pngjs';

export const iconSizes = { color: 192, outline: 32 } as const;

export type IconRole = keyof typeof iconSizes;

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function iconProblems(file: string, role: IconRole, bytes: Buffer): string[] {
  if (!bytes.subarray(0, pngSignature.length).equals(pngSignature)) return [`${file} is not a PNG file`];
  let png: PNG;
  try {
    png = PNG.sync.read(bytes);
  } catch (error) {
    return [`${file} is not a readable PNG: ${(error as Error).message}`];
  }
  const size = iconSizes[role];
  if (png.width !== size || png.height !== size) {
    return [`${file} (${role} icon) must be ${size}×${size} pixels, is ${png.width}×${png.height}`];
  }
  return role === 'outline' ? outlineProblems(file, png) : [];
}

function outlineProblems(file: string, png: PNG): string[] {
  let visible = 0;
  let transparent = 0;
  let coloured = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const alpha = png.data[i + 3]!;
    if (alpha === 0) transparent++;
    else visible++;
    if (alpha > 0 && (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255)) coloured++;
  }
  const problems: string[] = [];
  if (coloured > 0)
    problems.push(`${file} (outline icon) must be white only: ${coloured} visible pixels are not white`);
  if (transparent === 0) problems.push(`${file} (outline icon) must have a transparent background`);
  if (visible === 0) problems.push(`${file} (outline icon) is fully transparent`);
  return problems;
}
