/**
 * The app's glyph: a shield (support, protection of the customer) carrying an
 * up arrow (escalation). Both are parametrised so the 192 px colour icon and
 * the 32 px outline icon share one drawing.
 */
import type { Shape } from './raster';

const centreX = 0.5;

export interface ShieldLayout {
  /** Top edge. */
  readonly top: number;
  /** Where the straight sides start curving towards the point. */
  readonly shoulder: number;
  /** The bottom point. */
  readonly bottom: number;
  readonly halfWidth: number;
}

/** Straight sides down to the shoulder, then a parabola narrowing to a point. */
export function shield(s: ShieldLayout): Shape {
  return (x, y) => {
    if (y < s.top || y > s.bottom) return false;
    const t = Math.max(0, (y - s.shoulder) / (s.bottom - s.shoulder));
    return Math.abs(x - centreX) <= s.halfWidth * (1 - t * t);
  };
}

/** The same shield moved inwards by `inset` on every side (the point moves further, as it is narrower). */
export function insetShield(s: ShieldLayout, inset: number): ShieldLayout {
  return {
    top: s.top + inset,
    shoulder: s.shoulder,
    bottom: s.bottom - inset * 1.8,
    halfWidth: s.halfWidth - inset,
  };
}

export interface ArrowLayout {
  readonly tip: number;
  /** Where the triangular head meets the shaft. */
  readonly headBase: number;
  readonly headHalfWidth: number;
  readonly shaftHalfWidth: number;
  readonly shaftBottom: number;
}

export function upArrow(a: ArrowLayout): Shape {
  return (x, y) => {
    const dx = Math.abs(x - centreX);
    if (y >= a.tip && y <= a.headBase) return dx <= (a.headHalfWidth * (y - a.tip)) / (a.headBase - a.tip);
    return y > a.headBase && y <= a.shaftBottom && dx <= a.shaftHalfWidth;
  };
}
