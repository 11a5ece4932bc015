/**
 * Does a message report a concrete case (a customer's or the partner's own
 * live problem, a charge, a fraud) or ask a general question about the rules?
 * A logistic regression over character n-grams (text-tools/linear-model.ts), trained offline
 * by `npm run train-reader-models` (scripts/reader-models.ts) on the tuning, training and
 * fact-training sets and the project's labelled fixtures, never on the held-out or
 * the validation sets. It weighs the wording the cue lists
 * cannot enumerate ("고객사 청구서에 두 번 청구됐대요", "cx got charged twice").
 */
import { type LinearModelJson, loadLinearModel } from '../text-tools/linear-model';
import model from './case-model.json';

export const caseLabels = ['case', 'question'] as const;
export type CaseLabel = (typeof caseLabels)[number];

const caseModel = loadLinearModel(model as LinearModelJson, caseLabels);

/** Log-odds that the message reports a case; above 0 it more likely does. */
export function caseLogOdds(text: string): number {
  const { probabilities } = caseModel.classify(text);
  return Math.log(probabilities.case / probabilities.question);
}
