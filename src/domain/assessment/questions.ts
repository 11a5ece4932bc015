/**
 * The questions the assessment may ask (rulebook §2), and the answer options
 * for each, so the dialog can build one button per option. Option ids are
 * strings; `optionValue` turns one into the value stored in Facts / Profile.
 */
import {
  categorySchema,
  cspModelSchema,
  impactSchema,
  languageSchema,
  mpnLevelSchema,
  natureSchema,
  onpremVersionSchema,
  paidPlanSchema,
  productSchema,
  roleSchema,
  serviceHealthSchema,
  tenantSchema,
  type PaidPlan,
} from '../facts';

const yesNo = ['yes', 'no'] as const;

/** Answer options per fact question, in the order the buttons should appear. */
export const factOptions = {
  product: productSchema.options,
  tenant: tenantSchema.options,
  category: categorySchema.options,
  serviceHealth: serviceHealthSchema.options,
  nature: natureSchema.options,
  impact: impactSchema.options,
  language: languageSchema.options,
  onpremVersion: onpremVersionSchema.options,
  adminRelationship: yesNo,
} as const;

/** Answer options per profile question. paidPlans is multiple-choice; 'none' means no plan. */
export const profileOptions = {
  cspModel: cspModelSchema.options,
  role: roleSchema.options,
  azureAccessGranted: yesNo,
  mpnLevel: mpnLevelSchema.options,
  cloudCompetency: yesNo,
  benefitsActivated: yesNo,
  paidPlans: [...paidPlanSchema.options, 'none'],
} as const;

export type FactQuestionKey = keyof typeof factOptions;
export type ProfileQuestionKey = keyof typeof profileOptions;
export type QuestionKey = FactQuestionKey | ProfileQuestionKey;

export type Question =
  | { readonly kind: 'fact'; readonly key: FactQuestionKey }
  | { readonly kind: 'profile'; readonly key: ProfileQuestionKey };

type OptionsOf<K extends QuestionKey> = K extends FactQuestionKey
  ? (typeof factOptions)[K]
  : K extends ProfileQuestionKey
    ? (typeof profileOptions)[K]
    : never;

/** The option ids of one question, e.g. 'critical' | 'moderate' | 'minimal' for impact. */
export type OptionId<K extends QuestionKey> = OptionsOf<K>[number];

/** Questions whose buttons may be combined (several paid plans can be held at once). */
export const multipleChoice: ReadonlySet<QuestionKey> = new Set<QuestionKey>(['paidPlans']);

export function optionsOf(question: Question): readonly string[] {
  return question.kind === 'fact' ? factOptions[question.key] : profileOptions[question.key];
}

/**
 * The value an option stores: 'yes'/'no' become booleans; paid plans become
 * the list of plans chosen ('none' alone gives an empty list).
 */
export function optionValue(key: QuestionKey, chosen: readonly string[]): string | boolean | PaidPlan[] {
  const [first = ''] = chosen;
  if (multipleChoice.has(key)) return chosen.filter((id): id is PaidPlan => id !== 'none');
  if (optionsOf(questionFor(key)) === yesNo) return first === 'yes';
  return first;
}

/** The option ids a stored value stands for: the inverse of `optionValue` (an empty plan list is 'none'). */
export function optionIds(value: unknown): string[] {
  if (value === undefined) return [];
  if (typeof value === 'boolean') return [value ? 'yes' : 'no'];
  if (Array.isArray(value)) return value.length === 0 ? ['none'] : value.map(String);
  return [String(value)];
}

function questionFor(key: QuestionKey): Question {
  return key in factOptions ? askFact(key as FactQuestionKey) : askProfile(key as ProfileQuestionKey);
}

export const askFact = (key: FactQuestionKey): Question => ({ kind: 'fact', key });
export const askProfile = (key: ProfileQuestionKey): Question => ({ kind: 'profile', key });
