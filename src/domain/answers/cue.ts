/**
 * Cue patterns: the deterministic keyword language topics and message
 * classifiers are written in.
 *
 * A cue is `term + term + …`; every term must occur in the message, in any
 * order. A term is `alternative | alternative | …`; one alternative suffices.
 * - An English alternative matches at the start of a word and may continue
 *   ("incident" matches "incidents", "remain" matches "remaining"), so simple
 *   plurals and verb forms need no listing.
 * - An alternative containing Hangul matches anywhere in the space-free text,
 *   so attached particles ("파트너 센터에서", "액세스 ID가") and spacing variants
 *   ("지원 요청" / "지원요청") match the same cue.
 * A cue weighs as many points as it has terms: longer cues are more specific.
 * A `2:` prefix sets the weight explicitly, for a phrase that is unmistakable
 * on its own ("2: hotline").
 */
import { containsHangul, normalizeText, type NormalizedText } from './normalize-text';

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
  const hangul = containsHangul(raw);
  const normalized = normalizeText(raw);
  if (hangul) return { text: normalized.compact, hangul };
  // English alternatives keep their leading space so they anchor at a word start,
  // and their trailing one only when they must end the word too.
  const wholeWord = raw.trim().endsWith('$');
  return { text: wholeWord ? normalized.spaced : normalized.spaced.trimEnd(), hangul };
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

function alternativeOccurs(alternative: Alternative, text: NormalizedText): boolean {
  return (alternative.hangul ? text.compact : text.spaced).includes(alternative.text);
}

export function cueMatches(cue: Cue, text: NormalizedText): boolean {
  return cue.terms.every((term) => term.some((alternative) => alternativeOccurs(alternative, text)));
}

/** The summed weight of the cues the text matches. */
export function scoreCues(cues: readonly Cue[], text: NormalizedText): number {
  return cues.reduce((score, cue) => (cueMatches(cue, text) ? score + cue.weight : score), 0);
}
