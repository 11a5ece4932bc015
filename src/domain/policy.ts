/**
 * Microsoft's published support figures, each defined once and cited by its
 * rule. The severity targets, the incident allowances, the business-hours
 * calendar and every text that states a figure read them from here, so a
 * changed target is a one-line edit that no card can miss.
 */
import type { MpnLevel } from './facts';

export interface SupportPolicy {
  /** R21: break-fix initial response in hours by severity (English-speaking support, around the clock, R22). */
  readonly responseHours: Readonly<Record<'A' | 'B' | 'C', number>>;
  /** R21: non break-fix initial response, in business days (R24). */
  readonly nonBreakFixBusinessDays: number;
  /** R14: Microsoft Product Support incidents a year by MPN level. */
  readonly productSupportIncidents: Readonly<Record<Exclude<MpnLevel, 'none'>, number>>;
  /** R17: Signature Cloud Support incidents a year without a cloud competency (with one: unlimited). */
  readonly signatureIncidents: Readonly<Record<'silver' | 'gold', number>>;
  /** R24: the business hours a local-language or non break-fix clock runs in, in the calendar's zone. */
  readonly businessHours: {
    /** ISO weekdays, as luxon counts them: 1 = Monday … 7 = Sunday. */
    readonly workingDays: readonly number[];
    readonly opensAt: string;
    readonly closesAt: string;
  };
}

export const supportPolicy: SupportPolicy = {
  responseHours: { A: 2, B: 4, C: 8 },
  nonBreakFixBusinessDays: 1,
  productSupportIncidents: { 'action-pack': 10, silver: 15, gold: 20 },
  signatureIncidents: { silver: 5, gold: 10 },
  businessHours: { workingDays: [1, 2, 3, 4, 5], opensAt: '09:00', closesAt: '18:00' },
};

/** The figures a text may state, as its `{name}` parameters (filled in by defineTexts and localize). */
export function policyParams(policy: SupportPolicy) {
  return {
    hoursA: policy.responseHours.A,
    hoursB: policy.responseHours.B,
    hoursC: policy.responseHours.C,
    nonBreakFixDays: policy.nonBreakFixBusinessDays,
    incidentsActionPack: policy.productSupportIncidents['action-pack'],
    incidentsSilver: policy.productSupportIncidents.silver,
    incidentsGold: policy.productSupportIncidents.gold,
    signatureSilver: policy.signatureIncidents.silver,
    signatureGold: policy.signatureIncidents.gold,
  } as const;
}
