/**
 * Is a cue negated where it stands? "not down", "isn't completely down",
 * "no production impact"; in Korean the negation follows the word, with a
 * particle or verb ending between: "중단 없이", "다운된 건 아니고",
 * "운영에는 영향이 없습니다", "느려지진 않았어요".
 */

// A negator at most two words before the cue, within the same clause.
const englishBefore =
  /\b(?:not|no|never|without|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|hardly|ruled out|excluded|rule out|might be|may be|maybe|possibly|perhaps|not sure (?:if |whether )?(?:it's |this is )?)\s+(?:[\w'-]+\s+){0,2}$/i;

// Up to two short Korean words after the cue, then 않 / 아니 / 없.
const koreanAfter = /^[\uAC00-\uD7A3]{0,4}(?:\s[\uAC00-\uD7A3]{1,4})?\s?(?:않|아니|아님|없|배제|인지|일지|일 수도|같기도)/;

const clauseBreak = /[.!?;,:]/;

function clauseBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - 40), start).split(clauseBreak).pop() ?? '';
}

export function isNegated(text: string, start: number, end: number): boolean {
  return englishBefore.test(clauseBefore(text, start)) || koreanAfter.test(text.slice(end, end + 16));
}
