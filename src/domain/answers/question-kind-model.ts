/**
 * Does a question sentence beside a case ask something general about the
 * rules ("can I phone Microsoft?", "who activates technical benefits?") or
 * something about this case ("should I escalate?", "sev A?")? A logistic
 * regression over character n-grams (text-tools/linear-model.ts), trained by
 * `npm run train-reader-models` (scripts/reader-models.ts) on the question
 * sentences of the tuning, training and fact-training sets: those of questions
 * are general, those of problems ask about the case. Never trained on the
 * held-out or the validation sets.
 */
import { type LinearModelJson, loadLinearModel } from '../text-tools/linear-model';
import model from './question-kind-model.json';

export const questionKinds = ['case', 'general'] as const;

const questionKindModel = loadLinearModel(model as LinearModelJson, questionKinds);

/** The probability that the sentence asks a general question, 0..1. */
export function questionKind(sentence: string): number {
  return questionKindModel.classify(sentence).probabilities.general;
}
