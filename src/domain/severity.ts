/**
 * Severity from business impact and the initial-response target (R21).
 */
import type { Category, Impact } from './facts';
import { supportPolicy } from './policy';

export type Severity = 'A' | 'B' | 'C' | 'non-break-fix';

/** The initial response Microsoft targets: hours for break-fix, business days otherwise (R21). */
export type ResponseTarget =
  { readonly kind: 'hours'; readonly hours: number } | { readonly kind: 'business-days'; readonly days: number };

const severityByImpact: Record<Impact, Severity> = { critical: 'A', moderate: 'B', minimal: 'C' };

const { responseHours, nonBreakFixBusinessDays } = supportPolicy;

const targetBySeverity: Record<Severity, ResponseTarget> = {
  A: { kind: 'hours', hours: responseHours.A },
  B: { kind: 'hours', hours: responseHours.B },
  C: { kind: 'hours', hours: responseHours.C },
  'non-break-fix': { kind: 'business-days', days: nonBreakFixBusinessDays },
};

/** R21: technical break-fix takes its severity from impact; everything else is non break-fix. */
export function severityOf(category: Category, impact: Impact | undefined): Severity | undefined {
  if (category !== 'technical') return 'non-break-fix';
  return impact === undefined ? undefined : severityByImpact[impact];
}

export function responseTarget(severity: Severity): ResponseTarget {
  return targetBySeverity[severity];
}
