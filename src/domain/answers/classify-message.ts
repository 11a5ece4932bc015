/**
 * Tells a plain support question (answer it from the topics) from a customer
 * problem description (start triage), so "Exchange mail flow stopped for all
 * users, should I escalate?" is triaged even though it ends in "?".
 */
import { parseCue, scoreCues, type Cue } from './cue';
import { matchNormalizedQuestion } from './match-question';
import { normalizeText, type NormalizedText } from './normalize-text';
import {
  escalationRequestCues,
  hypotheticalCues,
  problemContextCues,
  questionFormCues,
  strongSymptomCues,
  weakSymptomCues,
} from './problem-cues';

/**
 * - `question`: answer it from the topics.
 * - `problem`: a customer problem; start triage.
 * - `ambiguous`: a live problem *and* a topic question; offer both.
 * - `unknown`: neither.
 */
export type MessageKind = 'question' | 'problem' | 'ambiguous' | 'unknown';

/** A topic this strong next to a live problem is a second question, not an incidental keyword. */
export const ambiguousTopicScore = 4;

const compile = (cues: readonly string[]): readonly Cue[] => cues.map(parseCue);
const strongSymptoms = compile(strongSymptomCues);
const weakSymptoms = compile(weakSymptomCues);
const contextGroups = problemContextCues.map(compile);
const questionForm = compile(questionFormCues);
const hypothetical = compile(hypotheticalCues);
const escalationRequest = compile(escalationRequestCues);

const matchesAny = (cues: readonly Cue[], text: NormalizedText): boolean => scoreCues(cues, text) > 0;

interface ProblemEvidence {
  readonly strongSymptom: boolean;
  readonly weakSymptom: boolean;
  /** How many context groups (whose, how wide, since when, which workload, asks to escalate) matched. */
  readonly context: number;
}

function problemEvidence(text: NormalizedText): ProblemEvidence {
  return {
    strongSymptom: matchesAny(strongSymptoms, text),
    weakSymptom: matchesAny(weakSymptoms, text),
    context: contextGroups.filter((group) => matchesAny(group, text)).length,
  };
}

/** A weak symptom ("error", "can't") needs context to count as a customer problem. */
function describesProblem(evidence: ProblemEvidence): boolean {
  return evidence.strongSymptom || (evidence.weakSymptom && evidence.context >= 2);
}

export function classifyMessage(message: string): MessageKind {
  const text = normalizeText(message);
  const topic = matchNormalizedQuestion(text);
  const evidence = problemEvidence(text);
  const asks = message.includes('?') || matchesAny(questionForm, text);
  if (!describesProblem(evidence)) {
    if (topic === undefined) return 'unknown';
    // "The customer raised a dispute" or "… should I escalate?" reports a case as much as it asks: offer both.
    const reportsCase = matchesAny(escalationRequest, text) || (evidence.context > 0 && !asks);
    return reportsCase ? 'ambiguous' : 'question';
  }
  if (topic === undefined) return 'problem';
  // Error texts of the support tools (R15, R18) and "what if it's down?" are questions about the rules.
  if (!evidence.strongSymptom || matchesAny(hypothetical, text)) return 'question';
  return asks && topic.score >= ambiguousTopicScore ? 'ambiguous' : 'problem';
}
