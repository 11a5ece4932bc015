/**
 * Text normalisation for the answer matcher: one form for English words and one
 * for Korean, so cue matching ignores case, punctuation, Korean particles and
 * Korean spacing variants.
 */

/** A message (or a cue term) in the two forms the matcher compares. */
export interface NormalizedText {
  /** Lower-case words separated by single spaces, padded with a space at both ends (" azure vm 이 "). */
  readonly spaced: string;
  /** The same words with all spaces removed ("azurevm이"): Korean is compared here. */
  readonly compact: string;
}

const hangulPattern = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;
// Apostrophes are dropped rather than split on, so "can't" stays one word ("cant").
const apostrophes = /['’‘`]/gu;
const nonWord = /[^\p{L}\p{N}]+/gu;
// Korean particles attach to English words too ("VM이", "TAM한테"): split there.
const latinThenHangul = /([a-z0-9])([\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3])/gu;
const hangulThenLatin = /([\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3])([a-z0-9])/gu;

export function containsHangul(text: string): boolean {
  return hangulPattern.test(text);
}

export function normalizeText(text: string): NormalizedText {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(apostrophes, '')
    .replace(latinThenHangul, '$1 $2')
    .replace(hangulThenLatin, '$1 $2')
    .replace(nonWord, ' ')
    .trim();
  return { spaced: ` ${words} `, compact: words.replace(/ /gu, '') };
}
