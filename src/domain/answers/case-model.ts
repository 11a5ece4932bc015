/**
 * Does a message report a concrete case (a customer's or the partner's own
 * live problem, a charge, a fraud) or ask a general question about the rules?
 * A naive Bayes model over character n-grams (text-tools/grams.ts), trained offline
 * by `npm run train-reader-models` (scripts/reader-models.ts) on the tuning and
 * training sets and the project's labelled fixtures, never on the held-out or
 * the validation sets. It weighs the wording the cue lists
 * cannot enumerate ("고객사 청구서에 두 번 청구됐대요", "cx got charged twice").
 */
import { textGrams } from '../text-tools/grams';
import model from './case-model.json';

interface CaseModel {
  /** log P(case) − log P(question). */
  readonly prior: number;
  /** Per n-gram: log P(gram | case) − log P(gram | question). */
  readonly weights: Readonly<Record<string, number>>;
  /** The same for an n-gram the training text never had. */
  readonly unseen: number;
}

const caseModel: CaseModel = model;
const weights = new Map(Object.entries(caseModel.weights));

/** The model reads a message's start: what it is about is said there, and the rest of a pasted thread only adds noise. */
const modelReadLimit = 4_000;

/** Log-odds that the message reports a case; above 0 it more likely does. */
export function caseLogOdds(text: string): number {
  let score = caseModel.prior;
  for (const gram of textGrams(text.slice(0, modelReadLimit))) score += weights.get(gram) ?? caseModel.unseen;
  return score;
}
