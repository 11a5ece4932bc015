/**
 * A distinct general question beside a case ("Also, can I call Microsoft?"): which of the message's question
 * sentences asks about the rules rather than about this case, and which topic answers it — cues and the topic model
 * together, or the question-kind model when no cue is strong enough.
 */
import { anyCueMatches, cueText, parseCue } from '../text-tools/cue';
import { prefiltered } from '../text-tools/prefiltered-regexp';
import { sideQuestion } from './case-words';
import { answerQuestion, matchQuestionText, type QuestionMatch, trustedTopicProbability } from './match-question';
import { caseAskCues } from './problem-cues';
import { questionKind } from './question-kind-model';
import { learnedTopic } from './topic-model';

/** A question beside a case must match its topic this well to be a distinct question, not an incidental keyword… */
export const distinctQuestionScore = 4;

/** …or this well after "also", "but", "그리고", "혹시": words that open a second question. */
const secondQuestionScore = 2;

/** When the topic model reads the same topic in the sentence, the cues need a point less: two readers agree. */
const agreementBonus = 1;

/** How sure the question-kind model must be that a sentence asks a general question, not about this case. */
export const generalQuestionProbability = 0.9;

const caseAsks = caseAskCues.map(parseCue);

const secondQuestionWords = prefiltered(
  /\b(?:also|but|and|generally|in general|before i|separately|could you confirm|can you confirm|please confirm|please advise|even|at all|in our setup)\b|그리고|근데|그런데|혹시|원래|아울러|또한|알려\s?주시|확인 부탁/iu,
);

// Who files, where to follow up, "us or the distributor?": a question about roles and places, not about what this case needs.
const asksWhoOrWhere = prefiltered(
  /\bwho (?:is|are|should|can|will|does|do|files?|opens?|raises?)\b|\bwhere (?:in|do|can|will|should|exactly)\b|\b(?:us|we) or (?:the |our )?\w+\b|누가|어디(?:서|에서|에)/iu,
);

// The support tools' own error texts, as the documents quote them (R15, R18, [004]): answered beside the case, asked or not.
export const toolErrorText = prefiltered(
  /\balready (?:associated|linked) to an account\b|\bdon'?t have any benefits yet\b|\bnot authori[sz]ed for this action\b|이미 연결되어 있|아직 혜택이 없|이 작업에 대한 권한이 없/iu,
);

// Saying what service health shows is a fact of the case; asking where to look is a question (R3).
const asksWhere = prefiltered(/\b(?:where|how|which)\b|어디|어떻게|경로|방법/iu);

function modelAgrees(sentence: string, match: QuestionMatch): boolean {
  const learned = learnedTopic(sentence);
  return learned.topic === match.topic.id && learned.probability >= trustedTopicProbability;
}

/**
 * The best topic among the message's question sentences that ask something general, not what to do with this case.
 * The cues decide whether a sentence is such a question; which topic answers it is then read as for a plain
 * question, cues and topic model together ("whose contact info goes in the O365 form?" is the Office 365 form's).
 */
export function distinctQuestion(asking: readonly string[], sentences: readonly string[]): QuestionMatch | undefined {
  let best: (QuestionMatch & { readonly sentence: string }) | undefined;
  for (const sentence of asking) {
    const text = cueText(sentence);
    const match = matchQuestionText(text);
    if (match === undefined) continue;
    if (match.topic.id === 'service-health' && !asksWhere.test(sentence)) continue;
    // "Should I escalate?", "is this sev A?" ask about this case: only a strong topic makes them a second question.
    const needed =
      asksWhoOrWhere.test(sentence) || toolErrorText.test(sentence)
        ? secondQuestionScore
        : (opensSecondQuestion(sentence) ? secondQuestionScore : distinctQuestionScore) +
          (anyCueMatches(caseAsks, text) ? 1 : 0);
    if (match.score < needed && (match.score + agreementBonus < needed || !modelAgrees(sentence, match))) continue;
    if (best === undefined || match.score > best.score) best = { ...match, sentence };
  }
  if (best === undefined) return learnedDistinctQuestion(asking, sentences);
  return answerQuestion(best.sentence) ?? best;
}

/**
 * A short question often leaves its subject in the sentence before ("…기술 혜택이 아직 활성화 안 돼 있어서요. 활성화는
 * 어떤 권한이 있어야 하나요?"): read together, if the topic model reads the question alone as the same topic. Else the
 * sentence before, a description of the case, would lend its words to a question about the case ("What are our options?").
 */
function withSentenceBefore(sentence: string, sentences: readonly string[]): QuestionMatch | undefined {
  const before = sentences[sentences.indexOf(sentence) - 1];
  if (before === undefined) return undefined;
  const match = answerQuestion(`${before} ${sentence}`);
  return match !== undefined && modelAgrees(sentence, match) ? match : undefined;
}

/**
 * When no cue is strong enough, the question-kind model may still read a sentence as a general question
 * ("Can I just ring MS instead of going through the portal?") rather than one about this case ("sev A?").
 */
function learnedDistinctQuestion(asking: readonly string[], sentences: readonly string[]): QuestionMatch | undefined {
  for (const sentence of asking) {
    if (questionKind(sentence) < generalQuestionProbability) continue;
    const match = answerQuestion(sentence) ?? withSentenceBefore(sentence, sentences);
    if (match !== undefined) return match;
  }
  return undefined;
}

/** "Also…", "혹시…", or a side-question word ("btw", "참고로"): what follows may be a second question. */
const opensSecondQuestion = (sentence: string): boolean =>
  secondQuestionWords.test(sentence) || sideQuestion.test(sentence);
