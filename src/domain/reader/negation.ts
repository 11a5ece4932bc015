import { prefiltered } from '../text-tools/prefiltered-regexp';
/**
 * Is a cue negated where it stands? "not down", "isn't completely down",
 * "no production impact"; in Korean the negation follows the word, with a
 * particle or verb ending between: "중단 없이", "다운된 건 아니고",
 * "운영에는 영향이 없습니다", "느려지진 않았어요". A hedge states nothing either
 * ("I think it's our OAuth config"), and a later "… is unchanged" clears the cue.
 */

// A negator at most two words before the cue, within the same clause.
const englishBefore = prefiltered(
  /\b(?:not|no|nothing|never|without|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|hardly|ruled out|excluded|rule out|might be|may be|maybe|possibly|perhaps|i think|i guess|i suspect|not sure(?: (?:if|whether))?(?: (?:it's|it is|this is))?)\s+(?:[\w'-]+\s+){0,2}$/i,
);

// Up to two short Korean words after the cue, then 않 / 아니 / 없; a hedge (인지, 일지) only on the cue's own word:
// "장애인지 모르겠어요" hedges, "고객사 익스체인지" does not.
const koreanAfter = prefiltered(
  /^[\uAC00-\uD7A3]{0,4}(?:\s[\uAC00-\uD7A3]{1,4})?\s?(?:않|아니|아님|없|배제)|^[\uAC00-\uD7A3]{0,4}(?:인지|일지|일 수도|같기도)/,
);

// A statement after the cue that clears it: "our backup policy config is unchanged".
const englishAfter = prefiltered(
  /^(?:\s[\w'-]+){0,2}\s(?:is|are|was|were|has been|have been|remains?|stays?)\s(?:unchanged|untouched|not the (?:cause|issue|problem))\b/i,
);

const clauseBreak = /[.!?;,:]/;

function clauseBefore(text: string, start: number): string {
  return (
    text
      .slice(Math.max(0, start - 40), start)
      .split(clauseBreak)
      .pop() ?? ''
  );
}

export function isNegated(text: string, start: number, end: number): boolean {
  return (
    englishBefore.test(clauseBefore(text, start)) ||
    englishAfter.test(text.slice(end, end + 40)) ||
    koreanAfter.test(text.slice(end, end + 16))
  );
}

// "인보이스에 반영되지 않았어요", "청구서에 적용되지 않았어요": a noun at a place, the verb after it negated, not the noun.
const placeAfter = prefiltered(/^(?:에|에서|에는|에도|으로|로)\s/u);

/** What kind of issue it is: negated as any cue, except a Korean noun at a place whose verb is negated. */
export function isKindNegated(text: string, start: number, end: number): boolean {
  return !placeAfter.test(text.slice(end, end + 4)) && isNegated(text, start, end);
}

// Whose tenant is negated only by a negator right before its noun ("not a customer", "not the customer's tenant"):
// in "alerts not firing for customer's workloads" the negation belongs to the verb.
const englishRightBefore = prefiltered(
  /\b(?:not|no|never|isn't|aren't|wasn't|weren't)\s+(?:(?:a|an|the|our|their|for a|for the|for)\s+)?$/i,
);

export function isOwnerNegated(text: string, start: number, end: number): boolean {
  return englishRightBefore.test(clauseBefore(text, start)) || koreanAfter.test(text.slice(end, end + 16));
}
