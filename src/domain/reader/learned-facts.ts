/**
 * Facts the trained models check and complete beside the cues: a logistic
 * regression per fact over the message's character n-grams
 * (text-tools/linear-model.ts), trained by `npm run train-reader-models`
 * (scripts/reader-models.ts) on the problems of every labelled set but the
 * held-out one, with "none" for a message that does not state the fact. A model fills a fact
 * the cues left open only when it is sure, and withdraws a cue's value it
 * finds unlikely: a wrong pre-fill is worse than a question.
 */
import { categorySchema, type Facts, impactSchema, natureSchema, productSchema, serviceHealthSchema } from '../facts';
import { minimumModelText } from '../text-tools/grams';
import { gramsToRead, type LinearModel, type LinearModelJson, loadLinearModel } from '../text-tools/linear-model';
import category from './models/category-model.json';
import impact from './models/impact-model.json';
import nature from './models/nature-model.json';
import product from './models/product-model.json';
import serviceHealth from './models/serviceHealth-model.json';
import { statedOnly } from './stated-only';

/** The facts a model reads, and their values. */
export const learnedFactValues = {
  product: productSchema.options,
  category: categorySchema.options,
  serviceHealth: serviceHealthSchema.options,
  impact: impactSchema.options,
  nature: natureSchema.options,
} as const;
export type LearnedFact = keyof typeof learnedFactValues;
export const learnedFacts = Object.keys(learnedFactValues) as LearnedFact[];

/** A model's labels: the fact's values, and "none" for a message that does not state it. */
export const factModelLabels = (fact: LearnedFact): readonly string[] => ['none', ...learnedFactValues[fact]];

/**
 * Per fact, chosen on the validation sets (never the held-out set): how sure a model must be to fill the fact when
 * the cues read nothing (`fill`), and how likely it must find the cues' value for that value to stand (`keep`).
 * A cue that the model finds unlikely is usually a word used another way ("a config question" is not a
 * configuration problem); dropping it asks the question instead of pre-filling a wrong answer.
 */
export const learnedFactPolicy: Readonly<
  Record<LearnedFact, { readonly fill: number; readonly keep: number; readonly keepByValue?: Record<string, number> }>
> = {
  product: { fill: 0.8, keep: 0 },
  // "이의 제기", "disputing" are seldom used another way, but a dispute explained at length reads like a bill question to
  // the model (validation: 0.05 kept 6 more disputes, none wrong).
  category: { fill: 0.95, keep: 0.2, keepByValue: { dispute: 0.05 } },
  serviceHealth: { fill: 0.9, keep: 0.02 },
  // A lab, a dev box or "everyone can still work" is minimal by R21's own words, yet the training writers seldom
  // labelled it, so the model would withdraw it (validation: 11 of the 14 it withdrew were labelled minimal).
  impact: { fill: 0.9, keep: 0.1, keepByValue: { minimal: 0 } },
  // R6's own words ("not as documented", "문서엔 … 돼 있는데") are never a word used another way: the model does not
  // withdraw them (validation: the 2 it withdrew were both labelled undocumented). "Down" and "접속 불가" are seldom
  // used another way either, but many writers left them unlabelled, so the model doubts them beside profile facts or
  // a second question: they stand unless it finds them less than 0.2 likely (chosen by two-fold cross-validation over
  // the validation writers, each fold's models trained without it: against 0.04, 0.2 read 13 and 5 fewer wrong in en
  // and ko, 9 and 8 fewer right).
  nature: { fill: 0.8, keep: 0.2, keepByValue: { undocumented: 0, unavailable: 0.2 } },
};

/**
 * How sure a model must be to fill a fact when the cues guessed the same value too weakly to pre-fill it alone
 * ("disputes the invoice — how do I get it to Microsoft?": dispute, with billing and "how do I" as rivals). Chosen on
 * the validation sets: 0.5 read 20 more stated facts there than none, 0.7 eleven.
 */
const agreementProbability = 0.5;
const shipped: Readonly<Record<LearnedFact, LinearModelJson>> = { product, category, serviceHealth, impact, nature };
// Loaded on first use, so the training script can import the labels while it rewrites the models.
let models: Record<LearnedFact, LinearModel<string>> | undefined;

function model(fact: LearnedFact): LinearModel<string> {
  models ??= Object.fromEntries(
    learnedFacts.map((each) => [each, loadLinearModel(shipped[each], factModelLabels(each))]),
  ) as Record<LearnedFact, LinearModel<string>>;
  return models[fact];
}

/**
 * The cues' value if the model does not doubt it, else the model's own if it is sure, or if it is fairly sure and
 * the cues' weaker guess (`hinted`, too unsure to pre-fill alone) is the same value: two readers agree. Else nothing.
 */
function checked<V extends string>(
  fact: LearnedFact,
  cued: V | undefined,
  grams: ReadonlySet<string>,
  hinted?: string,
): V | undefined {
  const { label, probability, probabilities } = model(fact).classifyGrams(grams);
  const { fill, keep, keepByValue } = learnedFactPolicy[fact];
  if (cued !== undefined && (probabilities[cued] ?? 0) >= (keepByValue?.[cued] ?? keep)) return cued;
  if (label === 'none') return undefined;
  return probability >= fill || (label === hinted && probability >= agreementProbability) ? (label as V) : undefined;
}

/** `facts` as the cues read them, checked and completed by the models; which of them a problem needs is settled after (needed-facts.ts). */
export function withLearnedFacts(text: string, facts: Facts, hints: Partial<Record<LearnedFact, string>> = {}): Facts {
  if (text.length < minimumModelText) return facts;
  // Every model reads the same n-grams: taken once.
  const grams = gramsToRead(text);
  const read = {
    ...facts,
    product: checked('product', facts.product, grams, hints.product),
    category: checked('category', facts.category, grams, hints.category),
    serviceHealth: checked('serviceHealth', facts.serviceHealth, grams, hints.serviceHealth),
    impact: checked('impact', facts.impact, grams, hints.impact),
    nature: checked('nature', facts.nature, grams, hints.nature),
  };
  // Every value comes from `facts` or a model of that fact's values.
  return statedOnly<Facts>(read);
}
