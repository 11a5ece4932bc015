/**
 * The shape of a support-question topic: a direct answer to a plain question
 * the source documents settle (rulebook R1–R25), in English and Korean; a
 * body states figures as the policy's parameters (`{hoursA}`), see define-texts.ts.
 */
import type { RuleId } from '../rulebook';
import type { SourceId } from '../sources';
import type { Localized } from '../texts/define-texts';
import type { AnswerLinkId } from './links';

export type { Localized } from '../texts/define-texts';

export type { RuleId } from '../rulebook';

export const topicIds = [
  // Order breaks scoring ties: specific topics first, general ones last.
  'incidents-remaining',
  'phone-support',
  'access-id-already-associated',
  'direct-portal-sign-in',
  'activate-technical-benefits',
  'own-tenant-support',
  'local-language-support',
  'severity-response-times',
  'signature-cloud-support',
  'marketplace-support',
  'dynamics-365-support',
  'azure-request-fields',
  'office-365-request-fields',
  'who-can-file',
  'support-plans',
  'billing-support',
  'service-health',
  'onprem-product-support',
  'fix-or-escalate',
  'support-entitlement',
  'how-to-file',
] as const;

export type TopicId = (typeof topicIds)[number];

export interface AnswerTopic {
  readonly id: TopicId;
  readonly rules: readonly RuleId[];
  readonly sources: readonly SourceId[];
  readonly title: Localized;
  /** A few lines for an Adaptive Card TextBlock (markdown: `**bold**`, `- ` bullets, `1.` steps). */
  readonly body: Localized;
  readonly links: readonly AnswerLinkId[];
  /** Cue patterns per language (syntax in text-tools/cue.ts). */
  readonly cues: Localized<readonly string[]>;
}
