/**
 * What a partner's message says, read once: where it goes (a
 * problem to check, a question to answer, both), which topic answers its
 * question, the facts of the problem and the partner-profile facts it states.
 * The triage, the router and the "File support request" form all use this one
 * reading, so they agree. Only what the text clearly states is returned: a
 * wrong pre-fill is worse than a question.
 */
import { type Route, routeMessage, type TopicId } from '../answers';
import type { Facts, Profile } from '../facts';
import { withKeyWordsRespelt } from '../text-tools/typos';
import { withLearnedFacts } from './learned-facts';
import { neededFacts } from './needed-facts';
import { withQuotedWordsAsTheirs } from './quoted-words';
import { readProfile } from './read-profile';
import { readText, suggestedFacts } from './read-text';

/** How much of a message is read: a pasted thread past this adds noise, not facts; the user is told. */
export const readLimit = 8_000;

export interface Understanding {
  /** Where the message goes (route-message.ts): a check, an answer, both, the choice card, or neither. */
  readonly route: Route;
  /** The topic that answers the message's question (route `question` or `both`). */
  readonly topic?: TopicId;
  /** Facts of the problem, sure enough to pre-fill. */
  readonly facts: Facts;
  /** Partner-profile facts the message states; saved to the profile only when a check ends. */
  readonly profile: Profile;
  /** True when the message was longer than `readLimit` and only its start was read. */
  readonly truncated: boolean;
}

/** A charge, a subscription, a dispute or fraud: an issue that is neither break-fix nor advisory (rulebook §2). */
const isCommercial = (category: string | undefined): boolean =>
  category !== undefined && category !== 'technical' && category !== 'advisory';

/** `limit` is for the benchmark, which reads a whole 100 KB message to show the reading is linear. */
export function understandMessage(raw: string, limit = readLimit): Understanding {
  const truncated = raw.length > limit;
  const text = withKeyWordsRespelt(truncated ? raw.slice(0, limit) : raw);
  const { route: routed, topic: match, symptom } = routeMessage(text);
  // Whose tenant and who the partner is are read as the partner says them, not as a pasted customer mail does.
  const partnerVoice = withQuotedWordsAsTheirs(text);
  const reading = readText(partnerVoice);
  const hints = Object.fromEntries(Object.entries(reading).map(([fact, suggestion]) => [fact, suggestion?.value]));
  const read = withLearnedFacts(text, suggestedFacts(reading), hints);
  // A symptom said as fact makes it break-fix (rulebook §2), whatever "how do we open a case?" suggests; a charge or
  // fraud stays commercial, and so does a bill the cues name too unsurely to pre-fill ("할인이 인보이스에 반영되지
  // 않았어요": "되지 않" is also a failure's word), which is left to the model or a question.
  const commercial = isCommercial(read.category) || isCommercial(hints['category']);
  // A nature (R5, R6) or an impact (R21) is a technical problem's: "cosmetic only", "한 개만" settle a category left open.
  const technical =
    (!commercial && symptom) ||
    (read.category === undefined && (read.nature !== undefined || read.impact !== undefined));
  const facts = neededFacts(technical ? { ...read, category: 'technical' as const } : read);
  const { adminRelationship, ...profile } = readProfile(partnerVoice);
  // Neither a question nor a plain case, yet it states a fact of one ("VM 다운 ㅠ"): the check starts and asks the rest.
  const route = routed === 'unknown' && Object.keys(facts).some((key) => key !== 'language') ? 'problem' : routed;
  const topic = route === 'unsure' ? undefined : match?.topic.id;
  return {
    route,
    ...(topic === undefined ? {} : { topic }),
    facts: adminRelationship === undefined ? facts : { ...facts, adminRelationship },
    profile,
    truncated,
  };
}
