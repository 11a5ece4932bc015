import { prefiltered } from '../text-tools/prefiltered-regexp';
/**
 * A customer's own words pasted into a message, introduced as theirs ("the end customer says:\n> Our Microsoft 365
 * subscription was suspended", "our customer's CFO forwarded this:\n\"…created on our tenant overnight…\"") speak
 * for the customer: their "our" is the customer's, not the partner's. Read as the partner would say it ("their
 * tenant"), so whose tenant it is and who the partner is are not taken from the customer's mail. A quote not
 * introduced as the customer's (the partner's own L1 notes) keeps its words.
 */

const customer = prefiltered(/\b(?:customers?|clients?|cx)\b|고객|거래처/iu);
const endsInColon = prefiltered(/:\s*$/u);
/** A line that hands over to the customer's words: it names the customer and ends in a colon. */
const introducesCustomer = (line: string): boolean => endsInColon.test(line) && customer.test(line);
const quotedLine = prefiltered(/^\s*>/u);
const opensQuote = prefiltered(/^\s*["“]/u);
const closesQuote = prefiltered(/["”]\s*$/u);

const firstPerson: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bour\b/giu, 'their'],
  [/\bwe\b/giu, 'they'],
  [/\bus\b/giu, 'them'],
  [/(?:저희|우리)(?:\s?회사)?/gu, '고객사'],
];

function asTheirs(words: string): string {
  return firstPerson.reduce((text, [pattern, theirs]) => text.replace(pattern, theirs), words);
}

/** Line by line, so a long message is read once. */
export function withQuotedWordsAsTheirs(text: string): string {
  const lines = text.split('\n');
  let quoting: 'none' | 'lines' | 'passage' = 'none';
  let introduced = false;
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    if (quoting === 'none' && introduced) {
      if (quotedLine.test(line)) quoting = 'lines';
      else if (opensQuote.test(line)) quoting = 'passage';
    } else if (quoting === 'lines' && !quotedLine.test(line)) quoting = 'none';
    if (quoting !== 'none') {
      lines[index] = asTheirs(line);
      if (quoting === 'passage' && closesQuote.test(line)) quoting = 'none';
    }
    introduced = quoting === 'none' && introducesCustomer(line);
  }
  return lines.join('\n');
}
