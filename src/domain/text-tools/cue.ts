/**
 * The one cue matcher (rulebook §7): the fact reader, the router and the topic matcher
 * find their cues in a message the same way, as regular expressions over its
 * normalised text (normalise.ts). Cues are written in one of two notations,
 * both compiled here:
 *
 * - Fact cues (`en`, `ko`, `caseSensitive`, `row`): regular-expression
 *   sources with a weight per value. English ones match whole words,
 *   case-insensitive ("AKS", "aks"); word boundaries also hold next to Hangul,
 *   so "VM이" matches "vms?". Korean ones match as substrings, since particles
 *   attach to the word ("애저에서", "팀즈가"). `caseSensitive` is for words whose
 *   meaning hangs on case ("Teams").
 * - Topic cues (`parseCue`): `term + term + …`; every term must occur, in any
 *   order. A term is `alternative | alternative | …`; one suffices. They are
 *   compared with the message's words (`cueText`), not with a regular
 *   expression each: a thousand of them are tried on every message. An English
 *   alternative matches at the start of a word and may continue ("incident"
 *   matches "incidents"), a trailing `$` makes it a whole word; apostrophes
 *   inside a word are ignored ("cant" matches "can't"). An alternative with
 *   Hangul matches ignoring spacing and punctuation, so attached particles
 *   ("파트너 센터에서") and spacing variants ("지원 요청" / "지원요청") match. A cue
 *   weighs as many points as it has terms; a `2:` prefix sets the weight for a
 *   phrase that is unmistakable on its own ("2: hotline").
 */
import { containsHangul, hangulLetters, type NormalisedText, words, wordsOf } from './normalise';
import { indexedLength, mayHoldAny, mayMatch } from './prefiltered-regexp';

/** A value of one fact with the weight of its cues: 0.9 unambiguous, 0.7–0.8 strong, 0.5 suggestive, 0.3 weak. */
export interface CueRow<V extends string> {
  readonly value: V;
  readonly weight: number;
  readonly patterns: readonly RegExp[];
}

export function en(...sources: readonly string[]): RegExp[] {
  return sources.map((source) => new RegExp(`\\b(?:${source})\\b`, 'gi'));
}

export function caseSensitive(...sources: readonly string[]): RegExp[] {
  return sources.map((source) => new RegExp(`\\b(?:${source})\\b`, 'g'));
}

export function ko(...sources: readonly string[]): RegExp[] {
  return sources.map((source) => new RegExp(source, 'gi'));
}

export function row<V extends string>(
  value: V,
  weight: number,
  ...groups: ReadonlyArray<readonly RegExp[]>
): CueRow<V> {
  return { value, weight, patterns: groups.flat() };
}

export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Where a (global) pattern occurs in the text, at most `limit` times: more hits of one cue say nothing new. */
export function occurrences(pattern: RegExp, text: NormalisedText, limit: number): Occurrence[] {
  // matchAll copies the RegExp on every call; search() does not, and most cues are absent (in a long text, most need
  // a word the text lacks: mayMatch answers without a scan).
  if (!mayMatch(pattern, text) || text.search(pattern) === -1) return [];
  const found: Occurrence[] = [];
  for (const match of text.matchAll(pattern)) {
    if (found.length === limit) break;
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

/** A message in the two forms topic cues are compared with. */
export interface CueText {
  /** Its words, lower-case, separated by single spaces and padded with one at both ends (" azure vm 이 "). */
  readonly spaced: string;
  /** The same words with no spaces ("azurevm이"): Korean is compared here, so spacing and particles do not matter. */
  readonly compact: string;
}

// Korean particles attach to English words ("VM이", "TAM한테"): an ASCII letter or digit next to Hangul ends the word.
const latinThenHangul = new RegExp(`([a-z0-9])([${hangulLetters}])`, 'gu');
const hangulThenLatin = new RegExp(`([${hangulLetters}])([a-z0-9])`, 'gu');

// The last text's forms: a message is often one clause, and the router asks of it and of that clause in turn.
let last: { readonly raw: string; readonly text: CueText } | undefined;

/** The forms of a text, from its words (normalise.ts): one pass each, as a thousand cues are tried on them. */
export function cueText(raw: string): CueText {
  if (last?.raw === raw) return last.text;
  const spaced = words(raw).replace(latinThenHangul, '$1 $2').replace(hangulThenLatin, '$1 $2');
  const text = { spaced: ` ${spaced} `, compact: spaced.replace(/ /gu, '') };
  last = { raw, text };
  return text;
}

interface Alternative {
  readonly text: string;
  readonly hangul: boolean;
}

export interface Cue {
  readonly source: string;
  readonly terms: readonly (readonly Alternative[])[];
  readonly weight: number;
}

const weightPrefix = /^\s*(\d+)\s*:/u;

function parseAlternative(raw: string): Alternative {
  const words = wordsOf(raw);
  if (containsHangul(raw)) return { text: words.join(''), hangul: true };
  // English alternatives start with a space so they anchor at a word start, and end with one only when they must end the word too.
  return { text: ` ${words.join(' ')}${raw.trim().endsWith('$') ? ' ' : ''}`, hangul: false };
}

export function parseCue(source: string): Cue {
  const explicitWeight = weightPrefix.exec(source);
  const body = explicitWeight === null ? source : source.slice(explicitWeight[0].length);
  const terms = body.split('+').map((term) => term.split('|').map(parseAlternative));
  if (terms.some((term) => term.some((alternative) => alternative.text.trim() === ''))) {
    throw new Error(`empty term in cue "${source}"`);
  }
  return { source, terms, weight: explicitWeight === null ? terms.length : Number(explicitWeight[1]) };
}

// In a long text, an alternative any of whose pairs of characters the text lacks cannot occur: the thousand scans of a
// 100 KB message shrink to the few alternatives it could hold.
function mayOccur(alternative: Alternative, text: CueText): boolean {
  const form = alternative.hangul ? text.compact : text.spaced;
  return form.length < indexedLength || mayHoldAny(form, [alternative.text]);
}

function alternativeOccurs(alternative: Alternative, text: CueText): boolean {
  return mayOccur(alternative, text) && (alternative.hangul ? text.compact : text.spaced).includes(alternative.text);
}

const termOccurs = (term: readonly Alternative[], text: CueText): boolean =>
  term.some((alternative) => alternativeOccurs(alternative, text));

export function cueMatches(cue: Cue, text: CueText): boolean {
  // Stops at the first missing term: on a long message each term is a scan of it.
  return cue.terms.every((term) => termOccurs(term, text));
}

/** Does any of the cues match? Any one settles it: the rest, each a scan of a long message, are not tried. */
export const anyCueMatches = (cues: readonly Cue[], text: CueText): boolean =>
  cues.some((cue) => cueMatches(cue, text));

/** How many of the cue's terms occur in the text: a cue half met is a hint, not a match. */
export function termsMet(cue: Cue, text: CueText): number {
  return cue.terms.filter((term) => termOccurs(term, text)).length;
}

/** The summed weight of the cues the text matches. */
export function scoreCues(cues: readonly Cue[], text: CueText): number {
  return cues.reduce((score, cue) => (cueMatches(cue, text) ? score + cue.weight : score), 0);
}
