/**
 * Shared cases for the assessment tests: a complete customer-Azure escalation
 * to vary one fact at a time, and a renderer that flattens the text so a test
 * can look for the documents' terms in either language.
 */
import { assess, describeAssessment, type Assessment } from '../../../src/domain/assess';
import type { Facts, Language, Profile } from '../../../src/domain/facts';
import type { RuleId } from '../../../src/domain/rulebook';

/** A technical Azure outage for a customer, everything known, filed by a direct-bill admin agent. */
export const azureOutage: Facts = {
  product: 'azure',
  tenant: 'customer',
  category: 'technical',
  serviceHealth: 'not-listed',
  nature: 'bug',
  impact: 'critical',
  adminRelationship: true,
  language: 'en',
};

export const directAdmin: Profile = { cspModel: 'direct', role: 'admin-agent' };

/** Every string the rendered answer shows, preview included, in one text. */
export function rendered(assessment: Assessment, language: Language): string {
  const text = describeAssessment(assessment, language);
  const parts: string[] = [
    text.headline,
    text.severity ?? '',
    text.responseTarget ?? '',
    text.vehicle ?? '',
    ...text.steps.flatMap((line) => [line.text, line.link ?? '']),
    ...text.caveats.flatMap((line) => [line.text, line.link ?? '']),
    ...text.why,
  ];
  return parts.join('\n');
}

export interface Case {
  readonly name: string;
  readonly facts: Facts;
  readonly profile: Profile;
  readonly expect: Partial<Pick<Assessment, 'decision' | 'vehicle' | 'severity' | 'responseTarget' | 'nextQuestion'>>;
  /** Rule ids that must be among the assessment's rules. */
  readonly rules?: readonly RuleId[];
  /** Caveat and step keys that must be present. */
  readonly keys?: readonly string[];
  /** Keys that must not be present. */
  readonly absentKeys?: readonly string[];
  readonly en: readonly string[];
  readonly ko: readonly string[];
}

export const keysOf = (assessment: Assessment): string[] => [
  ...assessment.steps.map((step) => step.key),
  ...assessment.caveats.map((caveat) => caveat.key),
];

export { assess };
