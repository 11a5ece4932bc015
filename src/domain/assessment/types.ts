/**
 * The shape of an assessment (rulebook §1): whether to escalate, how severe,
 * which support vehicle and how to file there. Language-neutral: every
 * user-facing line is a text key plus parameters, rendered by describe.ts.
 */
import type { Language } from '../facts';
import type { RuleId } from '../rulebook';
import type { ResponseTarget, Severity } from '../severity';
import type { SourceId } from '../sources';
import type { MessageKey } from '../texts/en';
import type { Question } from './questions';

/** R1–R8 decide; vehicle choice (R13, R14, R16, R19) may turn an escalation into needs-paid-plan. */
export type Decision =
  'escalate' | 'check-service-health' | 'known-incident' | 'resolve-yourself' | 'contact-isv' | 'needs-paid-plan';

export type Vehicle =
  /** R1: the ISV that published a marketplace product. */
  | 'isv'
  /** R2: commercial (billing, subscription, dispute, fraud) request through Partner Center. */
  | 'commercial-service-request'
  /** R9–R11: technical request for a customer through Partner Center, CSP support plan. */
  | 'csp-service-request'
  /** R12: the indirect provider files for an indirect reseller. */
  | 'indirect-provider'
  /** R13: Dynamics Support (licensing, billing, or Dynamics 365 without ASfP). */
  | 'dynamics-support'
  /** R14: MPN Microsoft Product Support in Support for Business (recent on-premises products). */
  | 'microsoft-product-support'
  /** R17: MPN Signature Cloud Support (Gold/Silver competency, cloud products). */
  | 'signature-cloud-support'
  /** R16: Premier Support for Partners (fee-based). */
  | 'premier'
  /** R16: Advanced Support for Partners (fee-based, cloud products only). */
  | 'advanced-support'
  /** R19: the partner's own tenant, signing in directly with its own entitlement. */
  | 'own-tenant-direct'
  /** R14/R16: no entitlement held; a paid option or partner support plan must be bought. */
  | 'paid-support';

export type { RuleId } from '../rulebook';

/** A text parameter: a literal (number, URL, name) or another text, rendered in the same language. */
export type Param = string | number | { readonly text: MessageKey };

export interface Line {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, Param>>;
  readonly link?: string;
}

export type Step = Line;

export interface Caveat extends Line {
  /** The rule the caveat comes from, so "Why?" can point at it. */
  readonly rule: RuleId;
}

export interface Assessment {
  /** Undefined while a fact that decides it is still unknown (see nextQuestion). */
  readonly decision?: Decision;
  /** R21: for escalations; undefined when impact is unknown or it does not apply. */
  readonly severity?: Severity;
  /** R21: only for the CSP support entitlement, whose targets the documents give. */
  readonly responseTarget?: ResponseTarget;
  /** R22: the language of the support conversation (facts first, then the profile). */
  readonly supportLanguage?: Language;
  readonly vehicle?: Vehicle;
  readonly steps: readonly Step[];
  readonly caveats: readonly Caveat[];
  /** The rules that produced the answer, in rulebook order. */
  readonly rules: readonly RuleId[];
  readonly sources: readonly SourceId[];
  /** The one fact or profile field to ask next; absent when the answer is complete. */
  readonly nextQuestion?: Question;
  /** R3: the rest of the answer once service health shows nothing, so the user can come back in one click. */
  readonly preview?: Assessment;
}
